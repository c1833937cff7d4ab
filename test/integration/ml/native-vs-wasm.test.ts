import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNativeKernels } from '@emolab/ml/backend';
import { runNodeScript } from '../../support/run-process.js';

const resolve = (specifier: string) => pathToFileURL(createRequire(import.meta.url).resolve(specifier)).href;

// Trains cnn-small on faint oriented stripes under heavy noise (4 classes; seeds 1 and 2 score ~98% and
// ~80% on the held-out set, so the task is not saturated) and prints the result;
// EMOLAB_NATIVE picks the kernels, so each run has one kernel set from its first op.
const TRAIN_SCRIPT = `
import { backendLabel, initBackend } from '${resolve('@emolab/ml/backend')}';
import { trainClassifier } from '${resolve('@emolab/ml/train')}';
const name = backendLabel(await initBackend({ prefer: 'wasm' }));
let state = 12345;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 4294967296;
};
const stripes = (label) => Float32Array.from({ length: 48 * 48 }, (_, p) => {
  const [y, x] = [Math.floor(p / 48), p % 48];
  const t = [y, x, x + y, x - y + 48][label];
  return 0.5 + 0.12 * Math.sin(t * 0.9) + 1.0 * (random() - 0.5);
});
const make = (n) => { const labels = Array.from({ length: n }, (_, i) => i % 4); return { features: labels.map(stripes), labels }; };
const train = make(384);
const test = make(192);
const { classifier, history } = await trainClassifier({ modality: 'image', train, epochs: 3, batchSize: 32, seed: Number(process.argv[2]) });
const predictions = await classifier.predict(test.features);
const hits = predictions.filter((p, i) => p.indexOf(Math.max(...p)) === test.labels[i]).length;
process.stdout.write(JSON.stringify({ backend: name, accuracy: hits / test.labels.length, loss: history.at(-1).loss }));
`;

async function train(
  seed: number,
  env: NodeJS.ProcessEnv,
): Promise<{ backend: string; accuracy: number; loss: number }> {
  return JSON.parse(await runNodeScript(TRAIN_SCRIPT, [String(seed)], { ...process.env, ...env }));
}

describe.skipIf(!loadNativeKernels().native)('training on the oneDNN kernels and on wasm from the same seed', () => {
  it('reaches the same accuracy within seed noise', async () => {
    const runs = [];
    for (const seed of [1, 2]) {
      const native = await train(seed, { EMOLAB_NATIVE: '1' });
      const wasm = await train(seed, { EMOLAB_NATIVE: '0' });
      expect(native.backend).toBe('wasm+onednn');
      expect(wasm.backend).toBe('wasm');
      runs.push({ native, wasm });
    }
    const mean = (key: 'native' | 'wasm') => runs.reduce((sum, r) => sum + r[key].accuracy, 0) / runs.length;
    // Both learn the task (chance is 25%)...
    expect(mean('native')).toBeGreaterThan(0.6);
    expect(mean('wasm')).toBeGreaterThan(0.6);
    // ...and differ by no more than the seeds move either of them (at least 5 points).
    const spread = Math.max(
      ...(['native', 'wasm'] as const).map((k) => Math.abs(runs[0]![k].accuracy - runs[1]![k].accuracy)),
      0.05,
    );
    expect(Math.abs(mean('native') - mean('wasm'))).toBeLessThanOrEqual(spread);
    // Same seed, same data order: the final training losses differ by float rounding only.
    for (const r of runs) expect(Math.abs(r.native.loss - r.wasm.loss)).toBeLessThan(0.15 * r.wasm.loss + 0.02);
  });
});
