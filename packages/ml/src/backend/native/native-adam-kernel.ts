import * as tf from '@tensorflow/tfjs';
import type { NativeKernels } from '@emolab/ml-native';
import { ADAM_UPDATE, type AdamUpdateAttrs } from '../adam-update-wasm.js';
import type { WasmKernelArgs } from '../wasm-kernel-args.js';
import { viewsAfterAllocation, nativeKernel, type NativeKernelEntry } from './native-kernel-args.js';

function adamUpdate(native: NativeKernels, { inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo[] | undefined {
  const { value, m, v, gradient } = inputs as Record<'value' | 'm' | 'v' | 'gradient', tf.TensorInfo>;
  const ins = [value, m, v, gradient];
  if (ins.some((t) => t?.dtype !== 'float32' || !tf.util.arraysEqual(t.shape, value.shape))) return undefined; // wasm's kernel names the problem
  const outs = [value, m, v].map((input) => backend.makeOutput([...input.shape], 'float32'));
  const [x, mv, vv, g, nx, nm, nv] = viewsAfterAllocation(backend, [...ins, ...outs]);
  const a = attrs as unknown as AdamUpdateAttrs;
  native.adamUpdate(
    x!,
    mv!,
    vv!,
    g!,
    nx!,
    nm!,
    nv!,
    x!.length,
    a.beta1,
    a.beta2,
    a.epsilon,
    a.learningRate,
    a.oneMinusAccBeta1,
    a.oneMinusAccBeta2,
  );
  return outs;
}

/** Adam's one-pass update on the addon (all cores), falling back to the wasm kernel. */
export const NATIVE_ADAM_KERNELS: readonly NativeKernelEntry[] = [
  nativeKernel(ADAM_UPDATE, (native, args) => adamUpdate(native, args)),
];
