import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { initBackend } from './init-backend.js';

describe('initBackend', () => {
  describe('when no backend is preferred', () => {
    it('activates the fastest one that loads and returns its name', async () => {
      const name = await initBackend();
      // tfjs-node cannot install without internet access, so wasm is expected here.
      expect(['tensorflow', 'wasm']).toContain(name);
      expect(tf.getBackend()).toBe(name);
    });

    it('returns the same backend when called again', async () => {
      expect(await initBackend()).toBe(await initBackend());
    });
  });

  describe('when wasm is active', () => {
    it('has the filter-gradient kernel registered', async () => {
      expect(await initBackend({ prefer: 'wasm' })).toBe('wasm');
      expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
    });
  });

  describe('when cpu is preferred', () => {
    it('switches to the cpu backend', async () => {
      expect(await initBackend({ prefer: 'cpu' })).toBe('cpu');
      expect(tf.getBackend()).toBe('cpu');
    });
  });
});
