/** Scales a signal to the target RMS (default 0.1, i.e. -20 dBFS); silence is returned unchanged. */
export function normalizeRms(samples: Float32Array, targetRms = 0.1): Float32Array {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += (samples[i] as number) ** 2;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  if (rms < 1e-8) return samples.slice();
  const gain = targetRms / rms;
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = (samples[i] as number) * gain;
  return out;
}
