import { EMOTION_LABELS } from '../models/emotion-labels.js';
import { DEFAULT_AUDIO_FEATURES } from '../preprocess/audio-feature-config.js';
import { audioFeatureLength } from '../preprocess/audio-feature-length.js';
import { IMAGE_SIZE } from '../preprocess/image-to-features.js';
import { validateAudioFeatureConfig } from '../preprocess/validate-audio-feature-config.js';
import type { LabelledFeatures, TrainClassifierOptions } from './train-classifier-options.js';

function validateSet(name: string, set: LabelledFeatures, featureLength: number): void {
  if (set.features.length !== set.labels.length) {
    throw new RangeError(`${name}: ${set.features.length} feature vectors but ${set.labels.length} labels`);
  }
  set.labels.forEach((label, i) => {
    if (!(Number.isInteger(label) && label >= 0 && label < EMOTION_LABELS.length)) {
      throw new RangeError(`${name}.labels[${i}] must be an integer in [0, ${EMOTION_LABELS.length}), got ${label}`);
    }
  });
  set.features.forEach((vector, i) => {
    if (vector.length !== featureLength) {
      throw new RangeError(`${name}.features[${i}] has ${vector.length} values; expected ${featureLength}`);
    }
  });
}

/** Fails fast, naming the bad field; returns the feature length shared by every vector. */
export function validateTrainOptions(options: TrainClassifierOptions): number {
  const { modality, train, validation, epochs, batchSize = 32, learningRate = 1e-3 } = options;
  if (modality !== 'image' && modality !== 'audio') throw new RangeError(`modality must be 'image' or 'audio', got ${String(modality)}`);
  if (train.features.length === 0) throw new RangeError('train.features is empty');
  if (!(Number.isInteger(epochs) && epochs >= 1)) throw new RangeError(`epochs must be a positive integer, got ${epochs}`);
  if (!(Number.isInteger(batchSize) && batchSize >= 1)) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  if (!(learningRate > 0 && Number.isFinite(learningRate))) throw new RangeError(`learningRate must be positive, got ${learningRate}`);
  let featureLength = IMAGE_SIZE * IMAGE_SIZE;
  if (modality === 'audio') {
    const config = options.audioFeatures ?? DEFAULT_AUDIO_FEATURES;
    validateAudioFeatureConfig(config);
    featureLength = audioFeatureLength(config);
  }
  validateSet('train', train, featureLength);
  if (validation && validation.features.length > 0) validateSet('validation', validation, featureLength);
  return featureLength;
}
