/** Options for {@link sine}. */
export interface SineOptions {
  hz: number;
  seconds: number;
  sampleRate: number;
  amplitude?: number;
}

/** A pure tone, the synthetic signal audio tests use instead of fixtures. */
export function sine(options: SineOptions): Float32Array {
  const { hz, seconds, sampleRate, amplitude = 0.5 } = options;
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return out;
}
