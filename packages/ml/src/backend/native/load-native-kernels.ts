import { createRequire } from 'node:module';
import type { NativeKernels } from '@emolab/ml-native';

/** The oneDNN addon (or null) and why; loaded once per thread. */
export interface NativeKernelsStatus {
  native: NativeKernels | null;
  reason: string;
}

let status: NativeKernelsStatus | undefined;

/** Loads @emolab/ml-native's addon when it was built and EMOLAB_NATIVE is not 0. */
export function loadNativeKernels(): NativeKernelsStatus {
  if (status) return status;
  try {
    const loaded = createRequire(import.meta.url)('@emolab/ml-native') as NativeKernelsStatus;
    status = { native: loaded.native, reason: loaded.reason };
  } catch (error) {
    // The workspace package itself missing (a partial install) means the same as an unbuilt addon: wasm.
    status = { native: null, reason: `@emolab/ml-native unavailable: ${(error as Error).message.split('\n')[0]}` };
  }
  return status;
}
