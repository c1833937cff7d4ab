import { audioToLogMel } from '../preprocess/audio/log-mel/audio-to-log-mel.js';
import type { LogMelConfig } from '../preprocess/audio/log-mel/log-mel-config.js';
import { encodeWav } from './encode-wav.js';
import { seededValues } from './seeded-values.js';
import { sine } from './sine.js';

/** Options for {@link toneLogMelDataset}. */
export interface ToneLogMelDatasetOptions {
  /** Tone frequency per class; sample i belongs to class i % frequencies.length. */
  frequencies: number[];
  count: number;
  seed: number;
  config: LogMelConfig;
  /** Clip length in seconds (default 0.4). */
  seconds?: number;
}

/** Log-mel frames of noisy tones of varying pitch, level and length: a separable task for audio CNNs. */
export function toneLogMelDataset(options: ToneLogMelDatasetOptions): { features: Float32Array[]; labels: number[] } {
  const { frequencies, count, seed, config, seconds = 0.4 } = options;
  const features: Float32Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % frequencies.length;
    const noise = seededValues([4000], seed + i);
    const hz = (frequencies[k] as number) * (1 + 0.05 * (noise[0] as number));
    const amplitude = 0.2 + 0.1 * (noise[1] as number);
    const length = seconds * (1 + 0.2 * (noise[2] as number));
    const tone = sine({ hz, seconds: length, sampleRate: 16_000, amplitude }).map(
      (s, j) => s + 0.05 * (noise[j % 4000] as number),
    );
    features.push(audioToLogMel(encodeWav({ channels: [tone], sampleRate: 16_000, bitDepth: '16' }), config).data);
    labels.push(k);
  }
  return { features, labels };
}
