import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { registerTrainingKernels } from './register-training-kernels.js';

/** Options for {@link initBackend}. */
export interface InitBackendOptions {
  /** Skip the native backends and use this one (wasm falls back to cpu if it cannot start). */
  prefer?: 'wasm' | 'cpu';
}

const require = createRequire(import.meta.url);
let pending: Promise<string> | undefined;
let pendingPrefer: InitBackendOptions['prefer'];

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

async function tryWasm(): Promise<string | undefined> {
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
    return (await tf.setBackend('wasm')) ? 'wasm' : undefined;
  } catch {
    return undefined; // the pure-JS cpu backend below always works, just slowly
  }
}

async function pick(prefer: InitBackendOptions['prefer']): Promise<string> {
  const candidates: (() => Promise<string | undefined>)[] =
    prefer === 'cpu'
      ? []
      : prefer === 'wasm'
        ? [tryWasm]
        : [() => tryNative('@tensorflow/tfjs-node-gpu'), () => tryNative('@tensorflow/tfjs-node'), tryWasm];
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
  if (!pending || pendingPrefer !== options.prefer) {
    pendingPrefer = options.prefer;
    pending = pick(options.prefer).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  }
  return pending;
}
