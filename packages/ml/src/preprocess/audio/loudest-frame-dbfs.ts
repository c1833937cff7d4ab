/** Options for {@link loudestFrameDbfs}. */
export interface LoudestFrameOptions {
  frameSize: number;
  hopSize: number;
}

/**
 * Level of the loudest frame in dB relative to a full-scale square wave (RMS 1): 0 for full
 * scale, about -3 for a full-scale sine, -Infinity for digital silence. A clip shorter than one
 * frame is measured as one frame.
 */
export function loudestFrameDbfs(samples: Float32Array, options: LoudestFrameOptions): number {
  const { frameSize, hopSize } = options;
  const size = Math.min(frameSize, samples.length);
  if (size === 0) return -Infinity;
  const frameCount = 1 + Math.floor((samples.length - size) / hopSize);
  let loudest = 0;
  for (let f = 0; f < frameCount; f++) {
    let sum = 0;
    for (let i = f * hopSize, end = i + size; i < end; i++) sum += (samples[i] as number) ** 2;
    loudest = Math.max(loudest, sum / size);
  }
  return 10 * Math.log10(loudest);
}
