import { readFile } from 'node:fs/promises';
import { hasMediaExtension, type Modality } from '@emolab/core/domain';
import type { ApiClient } from '../api-client.js';
import { CliError } from '../cli-error.js';

/** The GraphQL selection of a prediction. */
export const PREDICTION_FIELDS =
  'emotion confidence latencyMs scores { emotion probability } modelVersion { id modality accuracy createdAt }';

/** Image or audio, from an explicit flag or the file's extension. */
export function inferModality(file: string, flag?: string): Modality {
  if (flag) {
    const upper = flag.toUpperCase();
    if (upper !== 'IMAGE' && upper !== 'AUDIO') throw new CliError('--modality must be image or audio');
    return upper;
  }
  if (hasMediaExtension('IMAGE', file)) return 'IMAGE';
  if (hasMediaExtension('AUDIO', file)) return 'AUDIO';
  throw new CliError(`Cannot tell whether ${file} is an image or audio; pass --modality image|audio`);
}

/** `emolab predict FILE`: sends one file to the predict mutation and returns the prediction. */
export async function predictCommand(
  options: { file: string; model?: string; modality?: string; testTimeAugmentation?: boolean },
  api: ApiClient,
): Promise<Record<string, unknown>> {
  const modality = inferModality(options.file, options.modality);
  const bytes = await readFile(options.file).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`Cannot read ${options.file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const { predict } = await api.graphql<{ predict: Record<string, unknown> }>(
    `mutation($input: PredictInput!) { predict(input: $input) { ${PREDICTION_FIELDS} } }`,
    {
      input: {
        modality,
        fileBase64: bytes.toString('base64'),
        modelVersionId: options.model,
        ...(options.testTimeAugmentation === false ? { testTimeAugmentation: false } : {}),
      },
    },
  );
  return predict;
}
