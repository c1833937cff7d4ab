import { audioToFeatures } from '../preprocess/audio/mfcc/audio-to-features.js';
import { encodeWav } from './encode-wav.js';
import { sine } from './sine.js';
import { seededValues } from './seeded-values.js';

/** Options for {@link toneDataset}. */
export interface ToneDatasetOptions {
  /** Tone frequency per class; sample i belongs to class i % frequencies.length. */
  frequencies: number[];
  /** Label index recorded for each class. */
  labels: number[];
  count: number;
  seed: number;
}

/** Pooled-MFCC features of short noisy tones, a separable synthetic audio task. */
export function toneDataset(options: ToneDatasetOptions): { features: Float32Array[]; labels: number[] } {
  const features: Float32Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < options.count; i++) {
    const k = i % options.frequencies.length;
    const noise = seededValues([4000], options.seed + i);
    const hz = (options.frequencies[k] as number) * (1 + 0.05 * (noise[0] as number));
    const tone = sine({ hz, seconds: 0.25, sampleRate: 16_000, amplitude: 0.3 }).map(
      (s, j) => s + 0.05 * (noise[j % 4000] as number),
    );
    features.push(audioToFeatures(encodeWav({ channels: [tone], sampleRate: 16_000, bitDepth: '16' })));
    labels.push(options.labels[k] as number);
  }
  return { features, labels };
}
