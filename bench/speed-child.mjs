// One speed measurement in a process of its own, so each runs with exactly one kernel set (wasm, or
// the oneDNN kernels over it) and nothing left over from another. Prints one JSON line.
//   node bench/speed-child.mjs train|infer|profile PRESET [--workers=N] [--native=0|1] [--images=N]
import { backendLabel, initBackend } from '@emolab/ml/backend';
import { nativePrecisionFromEnv } from './machine-info.mjs';

const [what, preset] = process.argv.slice(2);
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const native = option('native', '1') !== '0';
// Inference as the API serves it: f32 unless EMOLAB_NATIVE_BF16=1; training as the trainer runs it.
const precision = what === 'infer' && nativePrecisionFromEnv() !== 'bf16' ? 'f32' : nativePrecisionFromEnv();
const name = await initBackend({ prefer: 'wasm', nativeKernels: native, nativePrecision: precision });
const result = { what, preset, backend: backendLabel(name) };
if (native && !result.backend.startsWith('wasm+onednn')) {
  result.error = 'oneDNN kernels unavailable';
} else if (what === 'train') {
  const { measureTrainThroughput } = await import('./train-throughput.mjs');
  result.imagesPerSecond = await measureTrainThroughput({
    preset,
    workers: Number(option('workers', '1')),
    images: Number(option('images', '1920')),
    epochs: 4,
  });
} else if (what === 'infer') {
  const { measureInference } = await import('./inference-throughput.mjs');
  Object.assign(result, await measureInference(preset));
} else if (what === 'profile') {
  const { profileKernels } = await import('./profile-kernels.mjs');
  const profile = await profileKernels({ preset, batchSize: 64, steps: 4 });
  Object.assign(result, { wallMsPerStep: profile.wallMsPerStep, kernels: profile.kernels.slice(0, 14) });
}
console.log(JSON.stringify(result));
