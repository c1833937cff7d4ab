// Per-kernel time of training steps (tf.profile), to find the hot kernels.
import * as tf from '@tensorflow/tfjs';
import { initBackend } from '@emolab/ml/backend';
import { createImageModel } from '@emolab/ml/models';
import { FusedAdamOptimizer } from '@emolab/ml/train';

/** Kernel name -> total ms over `steps` training steps of `preset` at `batchSize`, on the backend initBackend set up. */
export async function profileKernels({ preset = 'cnn-small', batchSize = 64, steps = 5 } = {}) {
  const model = createImageModel({ preset, seed: 1 });
  // The optimizer trainClassifier uses (one fused kernel per variable on wasm).
  const optimizer = new FusedAdamOptimizer(0.001, 0.9, 0.999);
  const x = tf.randomUniform([batchSize, 48, 48, 1]);
  const y = tf.oneHot(
    tf.tensor1d(
      Array.from({ length: batchSize }, (_, i) => i % 7),
      'int32',
    ),
    7,
  );
  const step = () =>
    tf.tidy(() =>
      optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true })), false),
    );
  step();
  const totals = new Map();
  const started = performance.now();
  const info = await tf.profile(() => {
    for (let i = 0; i < steps; i++) step();
  });
  const wall = performance.now() - started;
  for (const k of info.kernels)
    totals.set(k.name, (totals.get(k.name) ?? 0) + (typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0));
  tf.dispose([x, y]);
  model.dispose();
  optimizer.dispose();
  return {
    wallMsPerStep: wall / steps,
    kernels: [...totals]
      .map(([name, ms]) => ({ name, msPerStep: ms / steps }))
      .sort((a, b) => b.msPerStep - a.msPerStep),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await initBackend({ prefer: 'wasm', nativeKernels: process.env.EMOLAB_NATIVE !== '0' });
  const result = await profileKernels({ preset: process.argv[2] ?? 'cnn-small' });
  console.log(`wall ${result.wallMsPerStep.toFixed(1)} ms/step`);
  for (const k of result.kernels.slice(0, 18)) console.log(k.name.padEnd(28), k.msPerStep.toFixed(2));
}
