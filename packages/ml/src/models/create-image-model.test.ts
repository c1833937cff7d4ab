import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { createImageModel } from './create-image-model.js';

describe('createImageModel', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when called with defaults', () => {
    it('builds a small CNN from 48x48x1 to 7 probabilities', () => {
      const model = createImageModel();
      expect(model.inputs[0]?.shape).toEqual([null, 48, 48, 1]);
      expect(model.outputs[0]?.shape).toEqual([null, 7]);
      expect(model.countParams()).toBeGreaterThan(100_000);
      expect(model.countParams()).toBeLessThan(300_000);
      model.dispose();
    });
  });

  describe('when given the same seed twice', () => {
    it('initialises identical weights', () => {
      const [a, b] = [createImageModel({ seed: 9 }), createImageModel({ seed: 9 })];
      const weights = (m: typeof a) => m.getWeights().map((w) => Array.from(w.dataSync()));
      expect(weights(a)).toEqual(weights(b));
      a.dispose();
      b.dispose();
    });
  });

  describe('when an option is out of range', () => {
    it('throws a RangeError naming it', () => {
      expect(() => createImageModel({ dropout: 1.5 })).toThrow(/dropout/);
      expect(() => createImageModel({ filters: 0 })).toThrow(/filters/);
    });
  });
});
