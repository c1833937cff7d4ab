import { TEST_TIME_AUGMENTATIONS } from '../models/classifier-preprocessing.js';
import { EMOTION_LABELS } from '../models/emotion-labels.js';
import { DEFAULT_AUDIO_FEATURES } from '../preprocess/audio/mfcc/audio-feature-config.js';
import { audioFeatureLength } from '../preprocess/audio/mfcc/audio-feature-length.js';
import { IMAGE_SIZE } from '../preprocess/image/image-to-features.js';
import { validateAudioFeatureConfig } from '../preprocess/audio/mfcc/validate-audio-feature-config.js';
import { isBatchSource, type BatchSource } from './batch-source.js';
import { validateEarlyStopping } from './early-stopping.js';
import { validateLearningRateSchedule } from './learning-rate-schedule.js';
import type { LabelledFeatures, ResolvedTrainOptions, TrainClassifierOptions } from './train-classifier-options.js';

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

/** Streamed samples are checked as they arrive; here only the source's own fields. */
function validateSource(name: string, source: BatchSource): void {
  if (!(Number.isInteger(source.size) && source.size >= 1))
    throw new RangeError(`${name}.size must be a positive integer, got ${source.size}`);
  if (source.labelCounts !== undefined && !Array.isArray(source.labelCounts))
    throw new RangeError(`${name}.labelCounts must be an array of counts`);
}

function validateData(options: TrainClassifierOptions, featureLength: number): void {
  const { train, validation } = options;
  if (isBatchSource(train)) validateSource('train', train);
  else {
    if (train.features.length === 0) throw new RangeError('train.features is empty');
    validateSet('train', train, featureLength);
  }
  if (validation && isBatchSource(validation)) validateSource('validation', validation);
  else if (validation && validation.features.length > 0) validateSet('validation', validation, featureLength);
}

function hasValidation(options: TrainClassifierOptions): boolean {
  const { validation } = options;
  return validation !== undefined && (isBatchSource(validation) || validation.features.length > 0);
}

function validateExtras(options: ResolvedTrainOptions): void {
  const { labelSmoothing = 0, sampling, augment, modality, onBatchEnd, onCheckpoint, resumeFrom, seed } = options;
  const { weightDecay = 0, testTimeAugmentation } = options;
  if (
    testTimeAugmentation !== undefined &&
    !(TEST_TIME_AUGMENTATIONS as readonly string[]).includes(testTimeAugmentation)
  ) {
    throw new RangeError(
      `testTimeAugmentation must be one of ${TEST_TIME_AUGMENTATIONS.join(', ')}, got ${String(testTimeAugmentation)}`,
    );
  }
  if (testTimeAugmentation !== undefined && testTimeAugmentation !== 'none' && modality !== 'image')
    throw new RangeError('testTimeAugmentation applies to image models only');
  if (!(weightDecay >= 0 && weightDecay < 1)) throw new RangeError(`weightDecay must be in [0, 1), got ${weightDecay}`);
  if (!(labelSmoothing >= 0 && labelSmoothing < 1))
    throw new RangeError(`labelSmoothing must be in [0, 1), got ${labelSmoothing}`);
  if (sampling !== undefined) {
    if (sampling !== 'shuffle' && sampling !== 'balanced')
      throw new RangeError(`sampling must be 'shuffle' or 'balanced', got ${String(sampling)}`);
    if (isBatchSource(options.train))
      throw new RangeError(
        'sampling applies to in-memory train arrays; a streaming train source orders its own samples',
      );
  }
  if (augment !== undefined && typeof augment !== 'function') throw new RangeError('augment must be a function');
  if (augment !== undefined && modality !== 'image') throw new RangeError('augment applies to image models only');
  if (onBatchEnd !== undefined && typeof onBatchEnd !== 'function')
    throw new RangeError('onBatchEnd must be a function');
  if (onCheckpoint !== undefined && typeof onCheckpoint !== 'function')
    throw new RangeError('onCheckpoint must be a function');
  if (resumeFrom !== undefined && !(resumeFrom instanceof Uint8Array))
    throw new RangeError('resumeFrom must be a Uint8Array');
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 0x7fffffff))
    throw new RangeError(`seed must be an integer in [0, 2^31), got ${seed}`);
  const { workers } = options;
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 64))
    throw new RangeError(`workers must be an integer in [1, 64], got ${workers}`);
  validateEarlyStopping(options.earlyStopping, hasValidation(options));
}

/** Fails fast, naming the bad field; returns the feature length shared by every vector. */
export function validateTrainOptions(options: ResolvedTrainOptions): number {
  const { modality, epochs, batchSize, learningRate } = options;
  if (modality !== 'image' && modality !== 'audio')
    throw new RangeError(`modality must be 'image' or 'audio', got ${String(modality)}`);
  if (!(Number.isInteger(epochs) && epochs >= 1))
    throw new RangeError(`epochs must be a positive integer, got ${epochs}`);
  if (!(Number.isInteger(batchSize) && batchSize >= 1))
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  if (!(learningRate > 0 && Number.isFinite(learningRate)))
    throw new RangeError(`learningRate must be positive, got ${learningRate}`);
  validateLearningRateSchedule(options.learningRateSchedule, learningRate);
  let featureLength = IMAGE_SIZE * IMAGE_SIZE;
  if (modality === 'audio') {
    const config = options.audioFeatures ?? DEFAULT_AUDIO_FEATURES;
    validateAudioFeatureConfig(config);
    featureLength = audioFeatureLength(config);
  }
  validateData(options, featureLength);
  validateExtras(options);
  return featureLength;
}
