import * as M from 'meyda';
import type { AudioFeatureConfig } from './audio-feature-config.js';

// meyda's runtime export is one object while its types declare a default export (see NOTES.md).
type MeydaApi = typeof M.default.default;
const Meyda = ((M as unknown as { default?: MeydaApi }).default ?? M) as MeydaApi;

/** meyda caches its filter banks on its singleton and keys the cache on buffer size only. */
interface MeydaCaches {
  melFilterBank?: unknown;
  barkScale?: unknown;
  chromaFilterBank?: unknown;
}

let configuredFor = '';

function configureMeyda(config: AudioFeatureConfig): void {
  const key = `${config.sampleRate}/${config.frameSize}/${config.mfccCoefficients}`;
  if (key === configuredFor) return;
  Meyda.bufferSize = config.frameSize;
  Meyda.sampleRate = config.sampleRate;
  Meyda.numberOfMFCCCoefficients = config.mfccCoefficients;
  Meyda.melBands = Math.max(26, config.mfccCoefficients);
  Meyda.windowingFunction = 'hamming';
  // A new sample rate alone would otherwise reuse the previous rate's mel filter bank.
  const caches = Meyda as unknown as MeydaCaches;
  caches.melFilterBank = undefined;
  caches.barkScale = undefined;
  caches.chromaFilterBank = undefined;
  configuredFor = key;
}

/** MFCCs of each full frame of `samples` (frameSize long, hopSize apart); at least one frame needed. */
export function mfccFrames(samples: Float32Array, config: AudioFeatureConfig): Float32Array[] {
  const { frameSize, hopSize } = config;
  if (samples.length < frameSize) throw new RangeError(`mfccFrames needs at least ${frameSize} samples`);
  configureMeyda(config);
  const frameCount = 1 + Math.floor((samples.length - frameSize) / hopSize);
  const frames: Float32Array[] = [];
  for (let f = 0; f < frameCount; f++) {
    const frame = samples.subarray(f * hopSize, f * hopSize + frameSize);
    const mfcc = Meyda.extract('mfcc', frame) as number[] | null;
    if (!mfcc) throw new Error('meyda returned no MFCCs');
    frames.push(Float32Array.from(mfcc));
  }
  return frames;
}
