/** Estimates a tone's frequency from its rising zero crossings (ignoring the first and last 10%). */
export function estimateFrequency(samples: Float32Array, sampleRate: number): number {
  const start = Math.floor(samples.length * 0.1);
  const end = Math.floor(samples.length * 0.9);
  let first = -1;
  let last = -1;
  let crossings = 0;
  for (let i = start + 1; i < end; i++) {
    if ((samples[i - 1] as number) < 0 && (samples[i] as number) >= 0) {
      if (first < 0) first = i;
      else crossings++;
      last = i;
    }
  }
  return crossings === 0 ? 0 : (crossings * sampleRate) / (last - first);
}
