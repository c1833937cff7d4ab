import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { loadNativeKernels } from './native/load-native-kernels.js';
import { nativePrecision, registerNativeKernels, type NativePrecision } from './native/register-native-kernels.js';
import { registerTrainingKernels } from './register-training-kernels.js';

/** Options for {@link initBackend}. */
export interface InitBackendOptions {
  /** Skip the native backends and use this one (wasm falls back to cpu if it cannot start). */
  prefer?: 'wasm' | 'cpu';
  /** oneDNN threads for the native kernels called from this thread (data-parallel workers pass 1); default all cores. */
  nativeThreads?: number;
  /** 'bf16': the oneDNN convolutions multiply in bf16 (CPUs with AVX512_BF16/AMX); 'auto': bf16 where the CPU has it. Default 'f32'. */
  nativePrecision?: NativePrecision | 'auto';
  /** false: leave the oneDNN kernels off (to test or time the wasm kernels themselves). Default true. */
  nativeKernels?: boolean;
}

/** The label of wasm with the oneDNN kernels of @emolab/ml-native over it (stored with runs). */
export const WASM_ONEDNN = 'wasm+onednn';
/** The label when the oneDNN convolutions multiply in bf16 (EMOLAB_NATIVE_BF16=1). */
export const WASM_ONEDNN_BF16 = 'wasm+onednn-bf16';

let nativeOn = false;

const require = createRequire(import.meta.url);
let pending: Promise<string> | undefined;
let pendingKey: string | undefined;

/** True when the package is installed with its native addon (its install script downloads libtensorflow). */
function hasNativeBinding(specifier: string): boolean {
  try {
    const lib = join(dirname(require.resolve(`${specifier}/package.json`)), 'lib');
    return existsSync(lib) && readdirSync(lib).some((dir) => existsSync(join(lib, dir, 'tfjs_binding.node')));
  } catch {
    return false; // not installed
  }
}

async function tryNative(specifier: string): Promise<string | undefined> {
  // Importing a package without its addon registers its kernels before throwing, which makes the
  // next candidate log hundreds of "already registered" warnings; check first.
  if (!hasNativeBinding(specifier)) return undefined;
  try {
    await import(specifier); // a variable specifier: tsc need not resolve these optional packages
    // tfjs-node-gpu without CUDA runs libtensorflow on the CPU, as tfjs-node would.
    return (await tf.setBackend('tensorflow')) ? 'tensorflow' : undefined;
  } catch {
    return undefined; // e.g. a libtensorflow that does not match this CPU or CUDA install
  }
}

async function tryWasm({
  nativeThreads,
  nativeKernels,
  nativePrecision: precision,
}: InitBackendOptions): Promise<string | undefined> {
  try {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // After the import: the package registers its stock kernels when first loaded.
    registerTrainingKernels();
    const dir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    // Absolute paths: the package's own lookup depends on how it was bundled or loaded.
    wasm.setWasmPaths({
      'tfjs-backend-wasm.wasm': join(dir, 'tfjs-backend-wasm.wasm'),
      'tfjs-backend-wasm-simd.wasm': join(dir, 'tfjs-backend-wasm-simd.wasm'),
      'tfjs-backend-wasm-threaded-simd.wasm': join(dir, 'tfjs-backend-wasm-threaded-simd.wasm'),
    });
    if (!(await tf.setBackend('wasm'))) return undefined;
    await tf.ready();
    nativeOn = nativeKernels !== false && registerNativeKernels({ threads: nativeThreads, precision });
    return 'wasm';
  } catch {
    return undefined; // the pure-JS cpu backend below always works, just slowly
  }
}

async function pick(options: InitBackendOptions): Promise<string> {
  const { prefer } = options;
  const tryWasmHere = () => tryWasm(options);
  const candidates: (() => Promise<string | undefined>)[] =
    prefer === 'cpu'
      ? []
      : prefer === 'wasm'
        ? [tryWasmHere]
        : [() => tryNative('@tensorflow/tfjs-node-gpu'), () => tryNative('@tensorflow/tfjs-node'), tryWasmHere];
  for (const candidate of candidates) {
    const name = await candidate();
    if (name) {
      await tf.ready();
      registerTrainingKernels(); // for the batch-norm gradient, which every backend uses
      return name;
    }
  }
  await tf.setBackend('cpu');
  await tf.ready();
  registerTrainingKernels();
  return 'cpu';
}

/**
 * Picks and initialises the fastest available backend: tfjs-node-gpu (if it loads; it uses CUDA
 * when present), tfjs-node, wasm, cpu. Idempotent for the same `prefer`. Returns the backend name.
 */
export function initBackend(options: InitBackendOptions = {}): Promise<string> {
  const key = `${options.prefer}:${options.nativeKernels !== false}:${options.nativePrecision ?? 'f32'}`;
  if (!pending || pendingKey !== key) {
    pendingKey = key;
    pending = pick(options).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  }
  return pending;
}

/** The backend as runs record it: initBackend's name, or 'wasm+onednn' when the oneDNN kernels run over wasm. */
export function backendLabel(name: string): string {
  if (name !== 'wasm' || !nativeOn) return name;
  return nativePrecision() === 'bf16' ? WASM_ONEDNN_BF16 : WASM_ONEDNN;
}

/** One line for start logs: which backend runs and, for wasm, whether the oneDNN kernels are on and why not. */
export function describeBackend(name: string): string {
  if (name !== 'wasm' && !name.startsWith(WASM_ONEDNN)) return name;
  const { native, reason } = loadNativeKernels();
  if (!native || !nativeOn) return `wasm (oneDNN kernels off: ${native ? 'disabled by initBackend options' : reason})`;
  const info = native.info();
  return `wasm with oneDNN ${info.version} kernels (${info.isa}, ${info.threads} threads${nativePrecision() === 'bf16' ? ', bf16 convolutions' : ''})`;
}

/**
 * Data-parallel workers an image run should use by default: 1 when the oneDNN kernels run (one
 * process with a oneDNN thread per core measured faster than 2 workers with one thread each:
 * BENCHMARKS.md), else up to 2 wasm workers, each on a core of its own.
 */
export function defaultTrainingWorkers(): number {
  return nativeOn ? 1 : Math.min(2, availableParallelism());
}
