import { describe, expect, it } from 'vitest';
import {
  INITIAL_EARLY_STOPPING,
  updateEarlyStopping,
  validateEarlyStopping,
  type EarlyStoppingOptions,
} from './early-stopping.js';

function replay(options: EarlyStoppingOptions, values: number[]) {
  let state = INITIAL_EARLY_STOPPING;
  return values.map((value, i) => {
    const update = updateEarlyStopping({ state, options, value, epoch: i + 1 });
    state = update.state;
    return update;
  });
}

describe('updateEarlyStopping', () => {
  describe('when validation loss stops falling by more than minDelta', () => {
    it('counts epochs since the best one and stops at patience', () => {
      const updates = replay({ patience: 2, minDelta: 0.05 }, [1.0, 0.9, 0.88, 0.7, 0.69, 0.68]);
      expect(updates.map((u) => u.improved)).toEqual([true, true, false, true, false, false]);
      expect(updates.map((u) => u.stop)).toEqual([false, false, false, false, false, true]);
      expect(updates.at(-1)?.state).toEqual({ best: 0.7, bestEpoch: 4, wait: 2 });
    });
  });

  describe('when validation accuracy is monitored', () => {
    it('treats higher values as better', () => {
      const updates = replay({ monitor: 'valAccuracy', patience: 1 }, [0.5, 0.6, 0.6]);
      expect(updates.map((u) => u.improved)).toEqual([true, true, false]);
      expect(updates.at(-1)?.stop).toBe(true);
    });
  });
});

describe('validateEarlyStopping', () => {
  describe('when options are unusable', () => {
    it('throws a RangeError naming the field', () => {
      expect(() => validateEarlyStopping({ patience: 1 }, false)).toThrow(/validation/);
      expect(() => validateEarlyStopping({ patience: 0 }, true)).toThrow(/patience/);
      expect(() => validateEarlyStopping({ patience: 1, minDelta: -1 }, true)).toThrow(/minDelta/);
      expect(() => validateEarlyStopping({ patience: 1, monitor: 'loss' as never }, true)).toThrow(/monitor/);
    });
  });
});
