import { argmax } from '../evaluate/argmax.js';
import type { FaceFeaturesResult } from '../faces/image-to-face-features.js';
import type { BytesToFeaturesOptions } from '../preprocess/features/bytes-to-features.js';
import { combineWindowPredictions } from '../preprocess/audio/combine-window-predictions.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import type { Modality } from '../preprocess/modality.js';
import { audioWindowInputs } from './audio-window-inputs.js';
import { decodeInput, type DecodedInput } from './decode-input.js';
import type { PredictorInput, PredictorResult } from './predictor.js';

/** The model inputs one predictor input needs, and how their probability rows make its result. */
export interface PredictionPlan {
  inputs: Float32Array[];
  finish(rows: number[][]): PredictorResult;
}

/** What a plan needs to know of the model. */
export interface PlanContext {
  modality: Modality;
  featureOptions: BytesToFeaturesOptions;
}

const top = (row: number[] | null) => (row ? argmax(row) : -1);

function facesPlan(found: FaceFeaturesResult): PredictionPlan {
  return {
    inputs: found.faces.map((f) => f.features),
    finish: (rows) => {
      const faces = found.faces.map((face, i) => ({
        box: face.box,
        detectionScore: face.score ?? 1,
        probabilities: rows[i] ?? [],
      }));
      const probabilities = faces[0]?.probabilities ?? null;
      return {
        probabilities,
        top: top(probabilities),
        faces,
        windows: [],
        image: { width: found.width, height: found.height },
      };
    },
  };
}

function windowsPlan(decoded: Extract<DecodedInput, { modality: 'audio' }>, context: PlanContext): PredictionPlan {
  const windows = audioWindowInputs(decoded.audio, context.featureOptions);
  return {
    inputs: windows.map((w) => w.features),
    finish: (rows) => {
      const combined = combineWindowPredictions({ windows, probabilities: rows });
      const perWindow = windows.length > 1 ? combined.windows.map(({ top: _, ...w }) => w) : [];
      return { probabilities: combined.probabilities, top: combined.top, faces: [], windows: perWindow };
    },
  };
}

function featuresPlan(features: Float32Array): PredictionPlan {
  return {
    inputs: [features],
    finish: ([row]) => ({ probabilities: row ?? [], top: top(row ?? []), faces: [], windows: [] }),
  };
}

/** Decodes (bytes only, exactly once) and cuts one input into model inputs by the model's preprocessing. */
export async function planPrediction(input: PredictorInput, context: PlanContext): Promise<PredictionPlan> {
  if (input instanceof Float32Array) return featuresPlan(input);
  const decoded = input instanceof Uint8Array ? await decodeInput(context.modality, input) : input;
  if (decoded.modality !== context.modality) {
    throw new InvalidInputError(`This ${context.modality} model cannot read ${decoded.modality} input`);
  }
  return decoded.modality === 'image' ? facesPlan(decoded.faces) : windowsPlan(decoded, context);
}
