import { describe, expect, it } from 'vitest';
import { audioWindows } from './audio-windows.js';

const minute = Float32Array.from({ length: 60 * 16_000 }, (_, i) => i);

describe('audioWindows', () => {
  describe('when a minute is split into 2 s windows every 1 s', () => {
    const windows = audioWindows(minute, { sampleRate: 16_000, windowSeconds: 2, hopSeconds: 1 });

    it('returns overlapping windows with their start and end seconds', () => {
      expect(windows).toHaveLength(59);
      expect(windows[0]).toMatchObject({ startSeconds: 0, endSeconds: 2 });
      expect(windows[1]).toMatchObject({ startSeconds: 1, endSeconds: 3 });
      expect(windows.at(-1)).toMatchObject({ startSeconds: 58, endSeconds: 60 });
    });

    it('gives views of the input samples, not copies', () => {
      const third = windows[2]!;
      expect(third.samples).toHaveLength(32_000);
      expect(third.samples[0]).toBe(32_000);
      expect(third.samples.buffer).toBe(minute.buffer);
    });
  });

  describe('when the hop does not land on the end', () => {
    it('adds one window aligned to the end so the tail is covered', () => {
      const windows = audioWindows(minute.subarray(0, 16_000 * 5.5), {
        sampleRate: 16_000,
        windowSeconds: 2,
        hopSeconds: 1.5,
      });
      expect(windows.map((w) => [w.startSeconds, w.endSeconds])).toEqual([
        [0, 2],
        [1.5, 3.5],
        [3, 5],
        [3.5, 5.5],
      ]);
    });
  });

  describe('when the recording is shorter than one window', () => {
    it('returns it as a single window', () => {
      const windows = audioWindows(minute.subarray(0, 8000), { sampleRate: 16_000, windowSeconds: 2 });
      expect(windows).toHaveLength(1);
      expect(windows[0]).toMatchObject({ startSeconds: 0, endSeconds: 0.5 });
    });
  });

  describe('when no hop is given', () => {
    it('overlaps windows by half', () => {
      const windows = audioWindows(minute.subarray(0, 16_000 * 4), { sampleRate: 16_000, windowSeconds: 2 });
      expect(windows.map((w) => w.startSeconds)).toEqual([0, 1, 2]);
    });
  });

  describe('when an option is invalid', () => {
    it('throws a RangeError naming it', () => {
      expect(() => audioWindows(minute, { sampleRate: 16_000, windowSeconds: 0 })).toThrow(/windowSeconds/);
      expect(() => audioWindows(minute, { sampleRate: 16_000, windowSeconds: 1, hopSeconds: 2 })).toThrow(/hopSeconds/);
      expect(() => audioWindows(minute, { sampleRate: 0, windowSeconds: 1 })).toThrow(/sampleRate/);
    });
  });
});
