/** Mono samples in [-1, 1] and their sample rate in Hz. */
export interface DecodedAudio {
  samples: Float32Array;
  sampleRate: number;
}
