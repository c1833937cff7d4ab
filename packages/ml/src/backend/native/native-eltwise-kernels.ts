import * as tf from '@tensorflow/tfjs';
import type { NativeKernels } from '@emolab/ml-native';
import type { WasmKernelArgs } from '../wasm-kernel-args.js';
import { isSmallWork, nativeKernel, type NativeKernelEntry, viewsAfterAllocation } from './native-kernel-args.js';

/** Kernel name of the ReLU gradient (dy where x > 0), which tfjs computes as Step then Multiply. */
export const RELU_GRAD = 'EmolabReluGrad';

/**
 * Below this many elements wasm's own kernel is faster: waking oneDNN's second thread costs more than
 * a small ReLU (one 16x16x32 ReLU at batch 1: ~160 us native, ~4 us on wasm).
 */
const NATIVE_FROM = 1 << 17;

const OPS = { Relu: 0, [RELU_GRAD]: 1, Add: 2, Multiply: 3, Sub: 4 } as const;

function sameShape(a: tf.TensorInfo, b: tf.TensorInfo): boolean {
  return a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);
}

function eltwise(
  native: NativeKernels,
  name: keyof typeof OPS,
  { inputs, backend }: WasmKernelArgs,
): tf.TensorInfo | undefined {
  const list = Object.values(inputs) as tf.TensorInfo[];
  const [a, b] =
    name === 'Relu'
      ? [list[0]!, undefined]
      : name === RELU_GRAD
        ? [inputs.dy as tf.TensorInfo, inputs.x as tf.TensorInfo]
        : [inputs.a as tf.TensorInfo, inputs.b as tf.TensorInfo];
  if (a?.dtype !== 'float32' || (b && (b.dtype !== 'float32' || !sameShape(a, b)))) return undefined;
  const size = tf.util.sizeFromShape(a.shape);
  if (isSmallWork(size, NATIVE_FROM) && name !== RELU_GRAD) return undefined;
  const out = backend.makeOutput([...a.shape], 'float32');
  const [as, outs, bs] = viewsAfterAllocation(backend, b ? [a, out, b] : [a, out]);
  native.eltwise(OPS[name], as!, bs ?? null, outs!, size);
  return out;
}

/** Native element-wise kernels, falling back to wasm's for small, broadcast or non-float32 inputs. */
export const NATIVE_ELTWISE_KERNELS: readonly NativeKernelEntry[] = (
  ['Relu', 'Add', 'Multiply', 'Sub', RELU_GRAD] as const
).map((name) => nativeKernel(name, (native, args) => eltwise(native, name, args)));

/**
 * ReLU's gradient as one kernel where the backend has it (wasm with the addon), tfjs's own
 * dy * step(x) everywhere else, so registering it changes no other backend's result.
 */
export const reluGradConfig: tf.GradConfig = {
  kernelName: 'Relu',
  inputsToSave: ['x'],
  gradFunc: (dy, saved) => {
    const [x] = saved as tf.Tensor[];
    const grad = dy as tf.Tensor;
    if (
      tf.getBackend() === 'wasm' &&
      tf.getKernel(RELU_GRAD, 'wasm') &&
      grad.dtype === 'float32' &&
      x!.dtype === 'float32'
    ) {
      return { x: () => tf.engine().runKernel(RELU_GRAD, { dy: grad, x: x! }) as tf.Tensor };
    }
    return { x: () => tf.mul(grad, tf.cast(tf.step(x!), 'float32')) };
  },
};
