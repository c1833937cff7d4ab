import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The compiled worker entry. From dist it sits beside this module; when this module runs from
 * src (vitest transpiles TypeScript, but worker_threads in Node 20 cannot), the built copy in
 * dist is used, so `npm run build` must have run.
 */
export function workerScriptUrl(): URL {
  const beside = new URL('./train-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL('../../../dist/train/parallel/train-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`Parallel training needs the built worker script ${fileURLToPath(built)}; build @emolab/ml first`);
}
