import { describe, expect, it } from 'vitest';
import { encodeWav } from '../../../testing/encode-wav.js';
import { sine } from '../../../testing/sine.js';
import { audioToLogMel } from './audio-to-log-mel.js';
import { audioToLogMelWindows } from './audio-to-log-mel-windows.js';
import { InvalidInputError } from '../../invalid-input-error.js';
import { DEFAULT_LOG_MEL_CONFIG } from './log-mel-config.js';

/** 12 s at 44.1 kHz: silence, a 4 s tone from 4 s to 8 s, silence. */
function recording(): Uint8Array {
  const samples = new Float32Array(44_100 * 12);
  samples.set(sine({ hz: 440, seconds: 4, sampleRate: 44_100, amplitude: 0.3 }), 44_100 * 4);
  return encodeWav({ channels: [samples], sampleRate: 44_100, bitDepth: '16' });
}

describe('audioToLogMelWindows', () => {
  describe('when a recording has speech between long pauses', () => {
    const result = audioToLogMelWindows(recording(), DEFAULT_LOG_MEL_CONFIG, { windowSeconds: 2, hopSeconds: 1 });

    it('returns overlapping windows with times, each with config.frames frames', () => {
      expect(result.durationSeconds).toBeCloseTo(12, 6);
      expect(result.windows).toHaveLength(11);
      expect(result.windows.map((w) => w.startSeconds)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      for (const w of result.windows) expect([w.spectrogram.frames, w.spectrogram.melBins]).toEqual([200, 64]);
    });

    it('flags the windows that hold only silence', () => {
      expect(result.windows.map((w) => w.silent)).toEqual([
        true,
        true,
        true,
        false,
        false,
        false,
        false,
        false,
        true,
        true,
        true,
      ]);
    });

    it('prepares a voiced window as audioToLogMel prepares the same clip', () => {
      const clip = sine({ hz: 440, seconds: 2, sampleRate: 16_000, amplitude: 0.3 });
      const alone = audioToLogMel(encodeWav({ channels: [clip], sampleRate: 16_000, bitDepth: '16' }));
      const window = result.windows[5]!.spectrogram.data;
      let worst = 0;
      for (let i = 64 * 10; i < alone.data.length - 64 * 10; i++)
        worst = Math.max(worst, Math.abs((window[i] as number) - (alone.data[i] as number)));
      expect(worst).toBeLessThan(0.1); // 44.1 kHz resampled vs native 16 kHz
    });
  });

  describe('when no window length is given', () => {
    it('uses the length the model reads (config.frames hops) with 50% overlap', () => {
      const { windows } = audioToLogMelWindows(recording());
      expect(windows[1]).toMatchObject({ startSeconds: 1, endSeconds: 3 });
    });
  });

  describe('when every window is silent', () => {
    it('throws InvalidInputError', () => {
      const silent = encodeWav({ channels: [new Float32Array(16_000 * 5)], sampleRate: 16_000, bitDepth: '16' });
      expect(() => audioToLogMelWindows(silent)).toThrow(InvalidInputError);
      expect(() => audioToLogMelWindows(silent)).toThrow(/silent/);
    });
  });

  describe('when the recording is longer than maxSeconds', () => {
    it('throws InvalidInputError naming the limit', () => {
      expect(() => audioToLogMelWindows(recording(), DEFAULT_LOG_MEL_CONFIG, { maxSeconds: 10 })).toThrow(/10 s limit/);
    });
  });
});
