/** Options for {@link trimSilence}. */
export interface TrimSilenceOptions {
  frameSize: number;
  hopSize: number;
  /** Frames quieter than this, relative to the loudest frame, count as silence (default -40 dB). */
  thresholdDb?: number;
}

/**
 * Cuts leading and trailing frames whose RMS is below the threshold relative to the loudest
 * frame. Never returns fewer than frameSize samples (given at least that many).
 */
export function trimSilence(samples: Float32Array, options: TrimSilenceOptions): Float32Array {
  const { frameSize, hopSize, thresholdDb = -40 } = options;
  if (samples.length <= frameSize) return samples;
  const frameCount = 1 + Math.floor((samples.length - frameSize) / hopSize);
  const energies = new Float64Array(frameCount);
  let loudest = 0;
  for (let f = 0; f < frameCount; f++) {
    let sum = 0;
    for (let i = f * hopSize, end = i + frameSize; i < end; i++) sum += (samples[i] as number) ** 2;
    energies[f] = sum / frameSize;
    loudest = Math.max(loudest, energies[f] as number);
  }
  if (loudest === 0) return samples;
  const threshold = loudest * 10 ** (thresholdDb / 10);
  let first = 0;
  while ((energies[first] as number) < threshold) first++;
  let last = frameCount - 1;
  while ((energies[last] as number) < threshold) last--;
  return samples.subarray(first * hopSize, last * hopSize + frameSize);
}
