const DELTA_WINDOW = 2;

/** Regression deltas over +-2 frames (edges clamped), as in HTK/librosa. */
function deltas(frames: Float32Array[]): Float32Array[] {
  const last = frames.length - 1;
  const denominator = 2 * (1 + 4);
  return frames.map((_, t) => {
    const width = (frames[0] as Float32Array).length;
    const out = new Float32Array(width);
    for (let n = 1; n <= DELTA_WINDOW; n++) {
      const ahead = frames[Math.min(last, t + n)] as Float32Array;
      const behind = frames[Math.max(0, t - n)] as Float32Array;
      for (let c = 0; c < width; c++)
        out[c] = (out[c] as number) + (n * ((ahead[c] as number) - (behind[c] as number))) / denominator;
    }
    return out;
  });
}

function meanAndStd(frames: Float32Array[], out: Float32Array, offset: number): void {
  const width = (frames[0] as Float32Array).length;
  for (let c = 0; c < width; c++) {
    let sum = 0;
    for (const frame of frames) sum += frame[c] as number;
    const mean = sum / frames.length;
    let squares = 0;
    for (const frame of frames) squares += ((frame[c] as number) - mean) ** 2;
    out[offset + c] = mean;
    out[offset + width + c] = Math.sqrt(squares / frames.length);
  }
}

/**
 * Pools per-frame coefficients into one fixed-length vector:
 * [mean(c), std(c), mean(delta c), std(delta c)], each as long as one frame.
 */
export function poolFrameStatistics(frames: Float32Array[]): Float32Array {
  if (frames.length === 0) throw new RangeError('poolFrameStatistics needs at least one frame');
  const width = (frames[0] as Float32Array).length;
  const out = new Float32Array(width * 4);
  meanAndStd(frames, out, 0);
  meanAndStd(deltas(frames), out, width * 2);
  return out;
}
