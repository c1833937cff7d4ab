import * as tf from '@tensorflow/tfjs';
import type { NativeKernels } from '@emolab/ml-native';
import type { WasmKernelArgs } from '../wasm-kernel-args.js';
import {
  activationCode,
  allFloat32,
  isSmallWork,
  viewsAfterAllocation,
  nativeKernel,
  type NativeKernelEntry,
} from './native-kernel-args.js';

interface MatMulAttrs {
  transposeA: boolean;
  transposeB: boolean;
  activation?: string;
  leakyreluAlpha?: number;
}

/** Multiply-adds below which wasm's own matmul is faster (cnn-soft16's dense layers at batch 1: 331 vs 117 us). */
const SMALL_PRODUCT = 1 << 21;

/** BatchMatMul and _FusedMatMul on the addon; undefined (the wasm kernel) for batch broadcasting beyond 1 vs n. */
function matMul(native: NativeKernels, { inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo | undefined {
  const { a, b, bias, preluActivationWeights } = inputs as Record<string, tf.TensorInfo | undefined>;
  const { transposeA, transposeB, activation, leakyreluAlpha } = attrs as unknown as MatMulAttrs;
  const code = activationCode(activation);
  if (!a || !b || preluActivationWeights || code === undefined || !allFloat32(a, b, bias)) return undefined;
  if (a.shape.length < 2 || b.shape.length < 2) return undefined;
  const [ra, ca] = a.shape.slice(-2) as [number, number];
  const [rb, cb] = b.shape.slice(-2) as [number, number];
  const [m, k] = transposeA ? [ca, ra] : [ra, ca];
  const [kb, n] = transposeB ? [cb, rb] : [rb, cb];
  if (k !== kb) return undefined; // the wasm kernel raises tfjs's own shape error
  const batchShapeA = a.shape.slice(0, -2);
  const batchShapeB = b.shape.slice(0, -2);
  const batchA = tf.util.sizeFromShape(batchShapeA);
  const batchB = tf.util.sizeFromShape(batchShapeB);
  const sameBatch = batchShapeA.length === batchShapeB.length && batchShapeA.every((d, i) => d === batchShapeB[i]);
  if (!sameBatch && batchA !== 1 && batchB !== 1) return undefined;
  if (bias && tf.util.sizeFromShape(bias.shape) !== n) return undefined;
  // Small products (a dense layer at batch 1) run faster in XNNPACK than through oneDNN's thread wake-up.
  if (isSmallWork(Math.max(batchA, batchB) * m * k * n, SMALL_PRODUCT)) return undefined;
  const batchShape = batchA >= batchB ? batchShapeA : batchShapeB;
  const out = backend.makeOutput([...batchShape, m, n], 'float32');
  const [as, bs, cs, biases] = viewsAfterAllocation(backend, bias ? [a, b, out, bias] : [a, b, out]);
  const dims = Int32Array.from([batchA, batchB, m, k, n, transposeA ? 1 : 0, transposeB ? 1 : 0]);
  native.matMul(as!, bs!, biases ?? null, cs!, dims, code, leakyreluAlpha ?? 0.2);
  return out;
}

/** Native matrix products, each falling back to the kernel it replaces. */
export const NATIVE_MATMUL_KERNELS: readonly NativeKernelEntry[] = [
  nativeKernel('BatchMatMul', (native, args) => matMul(native, args)),
  nativeKernel('_FusedMatMul', (native, args) => matMul(native, args)),
];
