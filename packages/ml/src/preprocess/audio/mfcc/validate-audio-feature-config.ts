import type { AudioFeatureConfig } from './audio-feature-config.js';

/** Throws a RangeError naming the first invalid field of an AudioFeatureConfig. */
export function validateAudioFeatureConfig(config: AudioFeatureConfig): void {
  const { sampleRate, frameSize, hopSize, mfccCoefficients } = config;
  if (!(Number.isInteger(sampleRate) && sampleRate >= 1_000)) {
    throw new RangeError(`AudioFeatureConfig.sampleRate must be an integer >= 1000, got ${sampleRate}`);
  }
  if (!(Number.isInteger(frameSize) && frameSize >= 64 && (frameSize & (frameSize - 1)) === 0)) {
    throw new RangeError(`AudioFeatureConfig.frameSize must be a power of two >= 64, got ${frameSize}`);
  }
  if (!(Number.isInteger(hopSize) && hopSize >= 1 && hopSize <= frameSize)) {
    throw new RangeError(`AudioFeatureConfig.hopSize must be an integer in [1, frameSize], got ${hopSize}`);
  }
  if (!(Number.isInteger(mfccCoefficients) && mfccCoefficients >= 1 && mfccCoefficients <= 40)) {
    throw new RangeError(`AudioFeatureConfig.mfccCoefficients must be an integer in [1, 40], got ${mfccCoefficients}`);
  }
}
