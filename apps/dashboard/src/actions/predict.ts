'use server';

import { ApiError, describeApiError } from '@/lib/api/api-error';
import { isModality } from '@/lib/api/is-modality';
import { predictEmotion, type Prediction } from '@/lib/queries/predict-emotion';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from '@/lib/upload-limit';

/** State of the playground form between submissions. */
export type PredictState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  | { status: 'done'; prediction: Prediction; fileName: string };

/** Base64-encodes the uploaded file and runs the `predict` mutation. */
export async function predict(_previous: PredictState, formData: FormData): Promise<PredictState> {
  const modality = formData.get('modality');
  const file = formData.get('file');
  const modelVersionId = String(formData.get('modelVersionId') ?? '');

  if (!isModality(modality)) return fail('Choose Image or Audio.');
  if (!(file instanceof File) || file.size === 0) return fail('Choose a file to classify.');
  if (file.size > MAX_UPLOAD_BYTES) return fail(`The file is larger than ${MAX_UPLOAD_LABEL}.`);

  const fileBase64 = Buffer.from(await file.arrayBuffer()).toString('base64');
  try {
    const prediction = await predictEmotion({
      modality,
      fileBase64,
      ...(modelVersionId ? { modelVersionId } : {}),
    });
    return { status: 'done', prediction, fileName: file.name };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'BAD_RESPONSE') {
      console.error('predict failed', error);
    }
    return fail(describeApiError(error));
  }
}

function fail(message: string): PredictState {
  return { status: 'error', message };
}
