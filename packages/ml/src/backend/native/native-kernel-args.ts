import type * as tf from '@tensorflow/tfjs';
import type { NativeKernels } from '@emolab/ml-native';
import { heapView, type WasmKernelArgs } from '../wasm-kernel-args.js';

/** Activation codes of the addon's fused kernels; undefined for ones it lacks (the wasm kernel runs). */
export function activationCode(activation: string | undefined): number | undefined {
  switch (activation ?? 'linear') {
    case 'linear':
      return 0;
    case 'relu':
      return 1;
    case 'relu6':
      return 2;
    case 'elu':
      return 3;
    case 'sigmoid':
      return 4;
    case 'leakyrelu':
      return 5;
    default:
      return undefined;
  }
}

/** True when every tensor is float32 (the addon's only dtype). */
export function allFloat32(...infos: (tf.TensorInfo | undefined)[]): boolean {
  return infos.every((info) => info === undefined || info.dtype === 'float32');
}

/**
 * Allocates the outputs, then takes heap views of inputs and outputs together: an allocation can grow
 * the wasm heap, which detaches every earlier view.
 */
export function viewsAfterAllocation(backend: WasmKernelArgs['backend'], infos: tf.TensorInfo[]): Float32Array[] {
  return infos.map((info) => heapView(backend, info));
}

/** A kernel that runs natively when `run` returns a result and falls back to the previous kernel when it returns undefined. */
export function withFallback(
  fallback: tf.KernelConfig,
  run: (args: WasmKernelArgs) => tf.TensorInfo | tf.TensorInfo[] | undefined,
): tf.KernelConfig {
  const kernelFunc = (args: WasmKernelArgs) =>
    run(args) ?? fallback.kernelFunc(args as unknown as Parameters<tf.KernelFunc>[0]);
  return { ...fallback, backendName: 'wasm', kernelFunc: kernelFunc as unknown as tf.KernelFunc };
}

let smallToWasm = true;

/** Whether calls below a kernel's size cut-over go to wasm (default); tests turn it off to exercise the addon on small shapes. */
export function setSmallWorkToWasm(enabled: boolean): void {
  smallToWasm = enabled;
}

/** True when `work` is under `threshold` and small calls go to wasm. */
export function isSmallWork(work: number, threshold: number): boolean {
  return smallToWasm && work < threshold;
}

/** One entry of a native kernel table: the tfjs kernel it replaces, and how to build its replacement over that kernel. */
export type NativeKernelEntry = [
  name: string,
  make: (native: NativeKernels, fallback: tf.KernelConfig) => tf.KernelConfig,
];

/** The entry for kernel `name` that runs `run` on the addon and falls back to the kernel it replaces. */
export function nativeKernel(
  name: string,
  run: (native: NativeKernels, args: WasmKernelArgs) => tf.TensorInfo | tf.TensorInfo[] | undefined,
): NativeKernelEntry {
  return [name, (native, fallback) => withFallback(fallback, (args) => run(native, args))];
}
