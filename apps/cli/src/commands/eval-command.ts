import { readFile } from 'node:fs/promises';
import { EMOTIONS, type Emotion, type Modality } from '@emolab/core/domain';
import { importTarget } from '../import-target.js';
import { classificationMetrics } from '@emolab/ml/evaluate';
import type { ApiClient } from '../api-client.js';
import { CliError } from '../cli-error.js';
import { listDatasetFiles, type LocalFile } from '../local-files.js';
import { createProgressBar } from '../progress-bar.js';

export interface EvalOptions {
  format: string;
  modality?: string;
  dir: string;
  model?: string;
  json: boolean;
  batchSize?: number;
}

type Predicted = { emotion: Emotion; modelVersion: { id: string } };

/**
 * Predicts a batch in one request of aliased predict calls (a round trip per batch, not per file).
 * When a file cannot be decoded the whole request fails, so the batch is retried file by file and
 * undecodable files come back as null.
 */
async function predictBatch(
  api: ApiClient,
  options: { files: LocalFile[]; modality: Modality; model?: string },
): Promise<(Predicted | null)[]> {
  const inputs = await Promise.all(
    options.files.map(async (f) => ({
      modality: options.modality,
      modelVersionId: options.model,
      fileBase64: (await readFile(f.absolutePath)).toString('base64'),
    })),
  );
  const request = (batch: typeof inputs) =>
    api.graphql<Record<string, Predicted>>(
      `mutation(${batch.map((_, j) => `$i${j}: PredictInput!`).join(', ')}) { ${batch.map((_, j) => `p${j}: predict(input: $i${j}) { emotion modelVersion { id } }`).join(' ')} }`,
      Object.fromEntries(batch.map((input, j) => [`i${j}`, input])),
    );
  try {
    const data = await request(inputs);
    return inputs.map((_, j) => data[`p${j}`] ?? null);
  } catch (error) {
    if (!(error instanceof CliError) || error.code !== 'BAD_USER_INPUT') throw error;
    return Promise.all(
      inputs.map((input) =>
        request([input]).then(
          (d) => d.p0 ?? null,
          (e: unknown) => {
            if (e instanceof CliError && e.code === 'BAD_USER_INPUT') return null;
            throw e;
          },
        ),
      ),
    );
  }
}

/** `emolab eval`: predicts every labeled file of a local folder (batched requests) and scores the model. */
export async function evalCommand(options: EvalOptions, api: ApiClient): Promise<Record<string, unknown>> {
  const { format, modality } = importTarget({ ...options, labeledOnly: true });
  const files = await listDatasetFiles({ dir: options.dir, format, modality });
  const batchSize = options.batchSize ?? 32;
  const yTrue: number[] = [];
  const yPred: number[] = [];
  let modelVersionId: string | null = null;
  const bar = createProgressBar('eval', { enabled: !options.json });
  let skipped = 0;
  for (let i = 0; i < files.length; i += batchSize) {
    const batch = files.slice(i, i + batchSize);
    const results = await predictBatch(api, { files: batch, modality, model: options.model });
    batch.forEach((file, j) => {
      const prediction = results[j];
      if (!prediction) {
        skipped += 1;
        return;
      }
      modelVersionId = prediction.modelVersion.id;
      yTrue.push(EMOTIONS.indexOf(file.placement.label ?? 'NEUTRAL')); // labeled formats only: never null here
      yPred.push(EMOTIONS.indexOf(prediction.emotion));
    });
    bar.update(Math.min(i + batchSize, files.length), files.length, 'files');
  }
  bar.done();
  const metrics = classificationMetrics({ yTrue, yPred, numClasses: EMOTIONS.length });
  const result = {
    modelVersionId,
    n: yTrue.length,
    skipped,
    accuracy: metrics.accuracy,
    macroF1: metrics.macroF1,
    perClass: Object.fromEntries(EMOTIONS.map((e, i) => [e, metrics.perClass[i]])),
    labels: EMOTIONS,
    confusionMatrix: metrics.confusionMatrix,
  };
  if (!options.json) {
    console.log(
      `model ${modelVersionId}: ${result.n} files (${skipped} undecodable skipped), accuracy ${(result.accuracy * 100).toFixed(1)}%, macro-F1 ${result.macroF1.toFixed(3)}`,
    );
    for (const [e, m] of Object.entries(result.perClass))
      console.log(
        `  ${e.padEnd(8)} P ${m?.precision.toFixed(3)} R ${m?.recall.toFixed(3)} F1 ${m?.f1.toFixed(3)} n=${m?.support}`,
      );
  }
  return result;
}
