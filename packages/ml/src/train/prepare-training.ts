import type * as tf from '@tensorflow/tfjs';
import { standardizationOf, type FeatureStandardization } from '../models/classifier-preprocessing.js';
import { EMOTION_LABELS } from '../models/emotion-labels.js';
import type { LayersClassifier } from '../models/layers-classifier.js';
import { IMAGE_SIZE } from '../preprocess/image/image-to-features.js';
import { createAdam } from './adam-state.js';
import { isBatchSource, type BatchSource } from './batch-source.js';
import { buildClassifier, expectedArchitecture } from './build-classifier.js';
import { createInMemorySource } from './create-in-memory-source.js';
import { INITIAL_EARLY_STOPPING } from './early-stopping.js';
import { readTrainingCheckpoint, type RestoredCheckpoint } from './read-training-checkpoint.js';
import { resolveClassWeights } from './resolve-class-weights.js';
import type { ResolvedTrainOptions, TrainClassifierOptions } from './train-classifier-options.js';
import type { TrainingProgressState } from './training-checkpoint.js';

/** Everything the epoch loop works with; the caller disposes classifier, optimizer and bestWeights. */
export interface PreparedTraining {
  classifier: LayersClassifier;
  optimizer: tf.AdamOptimizer;
  variables: tf.Variable[];
  inputShape: number[];
  standardization?: FeatureStandardization;
  trainSource: BatchSource;
  validationSource?: BatchSource;
  classWeights?: number[];
  progress: TrainingProgressState;
  bestWeights: tf.Tensor[];
}

function sources(options: TrainClassifierOptions): { trainSource: BatchSource; validationSource?: BatchSource } {
  const { train, validation, sampling = 'shuffle' } = options;
  const trainSource = isBatchSource(train) ? train : createInMemorySource({ ...train, sampling });
  if (!validation) return { trainSource };
  if (isBatchSource(validation)) return { trainSource, validationSource: validation };
  return validation.features.length > 0
    ? { trainSource, validationSource: createInMemorySource({ ...validation, sampling: 'sequential' }) }
    : { trainSource };
}

function settingsOf(
  options: ResolvedTrainOptions,
  classWeights: number[] | undefined,
): TrainingProgressState['settings'] {
  const { epochs, learningRate, learningRateSchedule, labelSmoothing, weightDecay } = options;
  return {
    epochs,
    learningRate,
    ...(learningRateSchedule ? { learningRateSchedule } : {}),
    labelSmoothing,
    ...(classWeights ? { classWeights } : {}),
    ...(weightDecay ? { weightDecay } : {}),
  };
}

function checkCompatible(restored: RestoredCheckpoint, options: ResolvedTrainOptions, featureLength: number): void {
  const { classifier, progress } = restored;
  const { modality, seed, batchSize } = options;
  const mismatch = (what: string, saved: unknown, given: unknown) =>
    new RangeError(
      `resumeFrom: the checkpoint was trained with ${what} ${String(saved)}, but the options give ${String(given)}`,
    );
  if (classifier.modality !== modality) throw mismatch('modality', classifier.modality, modality);
  const architecture = expectedArchitecture(options);
  if (classifier.architecture !== architecture) throw mismatch('architecture', classifier.architecture, architecture);
  const inputLength = (classifier.model.inputs[0]?.shape ?? []).slice(1).reduce<number>((a, b) => a * (b ?? 1), 1);
  if (inputLength !== featureLength) throw mismatch('feature length', inputLength, featureLength);
  if (seed !== undefined && seed !== progress.seed) throw mismatch('seed', progress.seed, seed);
  if (batchSize !== progress.batchSize) throw mismatch('batchSize', progress.batchSize, batchSize);
}

/** What start and resume make; prepareTraining adds the data sources and the trainable variables. */
type ModelState = Pick<
  PreparedTraining,
  'classifier' | 'optimizer' | 'inputShape' | 'standardization' | 'progress' | 'bestWeights'
>;
type TrainingData = ReturnType<typeof dataOf>;

async function resume(options: ResolvedTrainOptions, featureLength: number, data: TrainingData): Promise<ModelState> {
  const bytes = options.resumeFrom!;
  const restored = await readTrainingCheckpoint(bytes);
  const { classifier, bestWeights } = restored;
  try {
    checkCompatible(restored, options, featureLength);
    const optimizer = await createAdam({
      learningRate: options.learningRate,
      weightDecay: options.weightDecay,
      restore: restored.optimizer,
    });
    const inputShape = (classifier.model.inputs[0]?.shape ?? []).slice(1) as number[];
    const standardization = standardizationOf(classifier.preprocessing, featureLength);
    const progress: TrainingProgressState = { ...restored.progress, settings: settingsOf(options, data.classWeights) };
    return { classifier, optimizer, inputShape, standardization, progress, bestWeights };
  } catch (error) {
    classifier.dispose();
    bestWeights.forEach((w) => w.dispose());
    throw error;
  } finally {
    // setWeights gave the optimizer its own references to these.
    restored.optimizer.moments.forEach((m) => m.dispose());
  }
}

/** The run's data sources and the class weights its train source's label counts give. */
function dataOf(options: ResolvedTrainOptions) {
  const { trainSource, validationSource } = sources(options);
  const classWeights = resolveClassWeights({
    classWeights: options.classWeights,
    labelCounts: trainSource.labelCounts,
    numClasses: EMOTION_LABELS.length,
  });
  return { trainSource, validationSource, classWeights };
}

function trainableVariables(classifier: LayersClassifier): tf.Variable[] {
  return classifier.model.trainableWeights.map((weight) => weight.read() as tf.Variable);
}

async function start(options: ResolvedTrainOptions, featureLength: number, data: TrainingData): Promise<ModelState> {
  const seed = options.seed ?? Math.floor(Math.random() * 2_147_483_647);
  const { trainSource } = data;
  const { classifier, standardization } = await buildClassifier({ options, featureLength, seed, trainSource });
  try {
    const optimizer = await createAdam({ learningRate: options.learningRate, weightDecay: options.weightDecay });
    const inputShape = options.modality === 'image' ? [IMAGE_SIZE, IMAGE_SIZE, 1] : [featureLength];
    const progress: TrainingProgressState = {
      epoch: 0,
      seed,
      batchSize: options.batchSize,
      history: [],
      earlyStopping: { ...INITIAL_EARLY_STOPPING },
      finished: false,
      settings: settingsOf(options, data.classWeights),
    };
    return { classifier, optimizer, inputShape, standardization, progress, bestWeights: [] };
  } catch (error) {
    classifier.dispose();
    throw error;
  }
}

/** A fresh run (model built from options) or one resumed from a checkpoint, with its data sources. */
export async function prepareTraining(options: ResolvedTrainOptions, featureLength: number): Promise<PreparedTraining> {
  const data = dataOf(options);
  const state = options.resumeFrom
    ? await resume(options, featureLength, data)
    : await start(options, featureLength, data);
  return { ...state, ...data, variables: trainableVariables(state.classifier) };
}
