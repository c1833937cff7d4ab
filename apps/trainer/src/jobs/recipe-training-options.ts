import type { ResolvedHyperparameters } from '@emolab/core/domain';
import { createImageAugmenter, onlyAugmentations } from '@emolab/ml/augment';
import type { LearningRateSchedule, TrainClassifierOptions } from '@emolab/ml/train';

/** The trainClassifier options a run's hyperparameters stand for; everything about data, progress and workers is the caller's. */
export type RecipeTrainingOptions = Pick<
  TrainClassifierOptions,
  | 'epochs'
  | 'batchSize'
  | 'learningRate'
  | 'seed'
  | 'learningRateSchedule'
  | 'network'
  | 'labelSmoothing'
  | 'classWeights'
  | 'augment'
  | 'weightDecay'
  | 'testTimeAugmentation'
>;

function scheduleOf(hp: ResolvedHyperparameters): LearningRateSchedule {
  switch (hp.learningRateSchedule) {
    case 'cosine':
      return { kind: 'cosine', warmupEpochs: Math.min(1, hp.epochs - 1) };
    case 'one-cycle':
      return { kind: 'one-cycle', warmupFraction: hp.warmupFraction };
    default:
      return { kind: 'constant' };
  }
}

/**
 * trainClassifier options from a run's resolved hyperparameters (@emolab/core's resolveHyperparameters
 * holds every default). The trainer and the benchmark both train through this, so a benchmarked
 * recipe is the recipe users get.
 */
export function recipeTrainingOptions(hp: ResolvedHyperparameters, modality: 'image' | 'audio'): RecipeTrainingOptions {
  const image = modality === 'image';
  return {
    epochs: hp.epochs,
    batchSize: hp.batchSize,
    learningRate: hp.learningRate,
    seed: hp.seed,
    learningRateSchedule: scheduleOf(hp),
    network: image && hp.network ? { preset: hp.network } : undefined,
    labelSmoothing: hp.labelSmoothing,
    classWeights: hp.classWeighting === 'sqrt' ? 'sqrt-balanced' : hp.classWeighting ? 'balanced' : undefined,
    augment:
      image && hp.augmentation
        ? createImageAugmenter(hp.augmentations ? onlyAugmentations(hp.augmentations) : {})
        : undefined,
    weightDecay: hp.weightDecay,
    testTimeAugmentation: image ? hp.testTimeAugmentation : undefined,
  };
}
