import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/** The arguments tfjs passes to a kernel function, with the backend typed as wasm's. */
export interface WasmKernelArgs {
  inputs: tf.NamedTensorInfoMap;
  backend: BackendWasm;
  attrs?: tf.NamedAttrMap;
}

/** Calls another kernel of the wasm backend directly (no tape, no engine bookkeeping). */
export function callWasmKernel(name: string, args: WasmKernelArgs): tf.TensorInfo {
  const kernel = tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`wasm kernel ${name} is not registered`);
  return kernel.kernelFunc(args as unknown as Parameters<tf.KernelFunc>[0]) as tf.TensorInfo;
}

/** A float32 view of a wasm tensor's memory; take it after the last allocation (heap growth detaches views). */
export function heapView(backend: BackendWasm, info: tf.TensorInfo): Float32Array {
  return backend.typedArrayFromHeap(info) as Float32Array;
}
