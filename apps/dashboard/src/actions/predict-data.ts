'use server';

import { ApiError, describeApiError, isNoFaceError } from '@/lib/api/api-error';
import { isModality } from '@/lib/api/is-modality';
import { predictEmotion, type PredictEmotionInput, type Prediction } from '@/lib/queries/predict-emotion';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from '@/lib/upload-limit';

/** A recording or webcam frame, already base64-encoded in the browser. */
export type PredictDataInput = Pick<PredictEmotionInput, 'modality' | 'fileBase64'> & { modelVersionId?: string };

/** The answer for one live input; NO_FACE is an expected outcome, not an error. */
export type PredictDataResult =
  | { status: 'done'; prediction: Prediction }
  | { status: 'no-face' }
  | { status: 'error'; message: string };

/** Runs the `predict` mutation for microphone recordings and webcam frames. */
export async function predictData(input: PredictDataInput): Promise<PredictDataResult> {
  if (!isModality(input.modality)) return { status: 'error', message: 'Choose Image or Audio.' };
  if (typeof input.fileBase64 !== 'string' || input.fileBase64.length === 0)
    return { status: 'error', message: 'Nothing was captured.' };
  if ((input.fileBase64.length * 3) / 4 > MAX_UPLOAD_BYTES)
    return { status: 'error', message: `The capture is larger than ${MAX_UPLOAD_LABEL}.` };
  try {
    const prediction = await predictEmotion({
      modality: input.modality,
      fileBase64: input.fileBase64,
      ...(input.modelVersionId ? { modelVersionId: input.modelVersionId } : {}),
    });
    return { status: 'done', prediction };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (isNoFaceError(error)) return { status: 'no-face' };
    if (error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'BAD_RESPONSE') console.error('predict failed', error);
    return { status: 'error', message: describeApiError(error) };
  }
}
