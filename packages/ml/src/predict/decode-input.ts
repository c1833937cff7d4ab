import { imageToFaceFeatures, type FaceFeaturesResult } from '../faces/image-to-face-features.js';
import { decodeAudio } from '../preprocess/audio/decode/decode-audio.js';
import type { DecodedAudio } from '../preprocess/audio/decode/decoded-audio.js';
import type { Modality } from '../preprocess/modality.js';

/** Uploaded bytes decoded once, before (and without) any model: the faces of an image, or a recording's samples. */
export type DecodedInput =
  | { modality: 'image'; faces: FaceFeaturesResult }
  | { modality: 'audio'; audio: DecodedAudio };

/**
 * Decodes an upload as a predictor reads it: images go through face detection and alignment
 * (small FER-style crops are read whole), audio is decoded to mono samples. Nothing here depends
 * on a model, so bad input is reported before one is loaded. Throws InvalidInputError.
 */
export async function decodeInput(modality: Modality, bytes: Uint8Array): Promise<DecodedInput> {
  if (modality === 'image') return { modality, faces: await imageToFaceFeatures(bytes) };
  if (modality === 'audio') return { modality, audio: decodeAudio(bytes) };
  throw new RangeError(`Unknown modality '${String(modality)}'`);
}
