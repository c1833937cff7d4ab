import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initBackend } from '@emolab/ml/backend';
import { serializeClassifier } from '@emolab/ml/models';
import { trainClassifier } from '@emolab/ml/train';
import { tempDir } from '../../support/fixtures.js';
import { runNodeScript } from '../../support/run-process.js';

const resolve = (specifier: string) => pathToFileURL(createRequire(import.meta.url).resolve(specifier)).href;

// Runs in a fresh Node process: loads the model bytes with @emolab/ml and prints its predictions.
const PREDICT_SCRIPT = `
import { readFileSync } from 'node:fs';
import { initBackend } from '${resolve('@emolab/ml/backend')}';
import { loadClassifier } from '${resolve('@emolab/ml/models')}';
await initBackend();
const [modelFile, inputFile] = process.argv.slice(2);
const inputs = JSON.parse(readFileSync(inputFile, 'utf8')).map((row) => Float32Array.from(row));
const classifier = await loadClassifier(new Uint8Array(readFileSync(modelFile)));
process.stdout.write(JSON.stringify(await classifier.predict(inputs)));
`;

describe('a trained model', () => {
  it('predicts identically after serialising and loading in a fresh process', async () => {
    await initBackend();
    const features = Array.from({ length: 40 }, (_, i) =>
      Float32Array.from({ length: 48 * 48 }, (_, j) => ((i % 2 ? j : 48 * 48 - j) % 256) / 255),
    );
    const labels = features.map((_, i) => (i % 2 ? 3 : 5));
    const { classifier } = await trainClassifier({
      modality: 'image',
      train: { features, labels },
      epochs: 1,
      batchSize: 8,
      seed: 3,
    });
    try {
      const dir = await tempDir('round-trip');
      await writeFile(path.join(dir, 'model.bin'), await serializeClassifier(classifier));
      const inputs = features.slice(0, 6);
      await writeFile(path.join(dir, 'inputs.json'), JSON.stringify(inputs.map((f) => [...f])));
      const here = await classifier.predict(inputs);
      const there = JSON.parse(
        await runNodeScript(PREDICT_SCRIPT, [path.join(dir, 'model.bin'), path.join(dir, 'inputs.json')]),
      ) as number[][];
      expect(there).toEqual(here);
    } finally {
      classifier.dispose();
    }
  });
});
