import * as tf from '@tensorflow/tfjs';
import type { NativeKernels } from '@emolab/ml-native';
import {
  BATCH_NORM_TRAINING,
  BATCH_NORM_TRAINING_GRAD,
  type BatchNormTrainingAttrs,
} from '../batch-norm-training-wasm.js';
import type { WasmKernelArgs } from '../wasm-kernel-args.js';
import { allFloat32, viewsAfterAllocation, nativeKernel, type NativeKernelEntry } from './native-kernel-args.js';

function rowsAndChannels(x: tf.TensorInfo, scale: tf.TensorInfo): { rows: number; channels: number } | undefined {
  const channels = x.shape[x.shape.length - 1] ?? 0;
  if (x.shape.length < 2 || scale.shape.length !== 1 || scale.shape[0] !== channels || channels === 0) return undefined;
  return { rows: tf.util.sizeFromShape(x.shape) / channels, channels };
}

function batchNorm(native: NativeKernels, { inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo[] | undefined {
  const { x, scale, offset } = inputs as Record<'x' | 'scale' | 'offset', tf.TensorInfo>;
  const size = rowsAndChannels(x, scale);
  if (!size || !allFloat32(x, scale, offset)) return undefined;
  const outputs = [
    backend.makeOutput([...x.shape], 'float32'),
    backend.makeOutput([size.channels], 'float32'),
    backend.makeOutput([size.channels], 'float32'),
  ];
  const [xs, gamma, beta, y, mean, variance] = viewsAfterAllocation(backend, [x, scale, offset, ...outputs]);
  native.batchNormTraining(
    xs!,
    gamma!,
    beta!,
    y!,
    mean!,
    variance!,
    size.rows,
    size.channels,
    (attrs as unknown as BatchNormTrainingAttrs).varianceEpsilon,
  );
  return outputs;
}

function batchNormGrad(native: NativeKernels, { inputs, backend, attrs }: WasmKernelArgs): tf.TensorInfo[] | undefined {
  const names = ['dy', 'dMean', 'dVariance', 'x', 'mean', 'variance', 'scale'] as const;
  const ins = names.map((name) => (inputs as Record<string, tf.TensorInfo>)[name]!);
  const [, , , x, , , scale] = ins;
  const size = rowsAndChannels(x!, scale!);
  if (!size || !allFloat32(...ins)) return undefined;
  const outputs = [
    backend.makeOutput([...x!.shape], 'float32'),
    backend.makeOutput([size.channels], 'float32'),
    backend.makeOutput([size.channels], 'float32'),
  ];
  const v = viewsAfterAllocation(backend, [...ins, ...outputs]) as [
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
  ];
  native.batchNormTrainingGrad(
    ...v,
    size.rows,
    size.channels,
    (attrs as unknown as BatchNormTrainingAttrs).varianceEpsilon,
  );
  return outputs;
}

/** Native training-mode batch norm and its gradient (OpenMP over both cores), falling back to the wasm kernels. */
export const NATIVE_BATCH_NORM_KERNELS: readonly NativeKernelEntry[] = [
  nativeKernel(BATCH_NORM_TRAINING, (native, args) => batchNorm(native, args)),
  nativeKernel(BATCH_NORM_TRAINING_GRAD, (native, args) => batchNormGrad(native, args)),
];
