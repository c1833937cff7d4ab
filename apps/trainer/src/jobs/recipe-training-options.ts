import { imageNetworkOf, type Hyperparameters, type Recipe } from '@emolab/core/domain';
import { createImageAugmenter, onlyAugmentations } from '@emolab/ml/augment';
import type { LearningRateSchedule, TrainClassifierOptions } from '@emolab/ml/train';

/** The trainClassifier options a run's hyperparameters stand for; everything about data, progress and workers is the caller's. */
export type RecipeTrainingOptions = Pick<
  TrainClassifierOptions,
  'epochs' | 'batchSize' | 'learningRate' | 'seed' | 'learningRateSchedule' | 'network' | 'labelSmoothing' | 'classWeights' | 'augment' | 'weightDecay' | 'testTimeAugmentation'
>;

function scheduleOf(hp: Partial<Hyperparameters>): LearningRateSchedule {
  switch (hp.learningRateSchedule) {
    case 'cosine':
      return { kind: 'cosine', warmupEpochs: Math.min(1, (hp.epochs ?? 1) - 1) };
    case 'one-cycle':
      return { kind: 'one-cycle', warmupFraction: hp.warmupFraction ?? 0.15 };
    default:
      return { kind: 'constant' };
  }
}

/**
 * trainClassifier options from a run's hyperparameters (runs made before a field existed lack it
 * and get what they trained with then). The trainer and the benchmark both train through this,
 * so a benchmarked recipe is the recipe users get.
 */
export function recipeTrainingOptions(hp: Partial<Hyperparameters>, modality: 'image' | 'audio', recipe?: Recipe): RecipeTrainingOptions {
  const image = modality === 'image';
  return {
    epochs: hp.epochs ?? 10,
    batchSize: hp.batchSize ?? 64,
    learningRate: hp.learningRate ?? 0.001,
    seed: hp.seed ?? 42,
    learningRateSchedule: scheduleOf(hp),
    network: image ? { preset: imageNetworkOf(hp, recipe) } : undefined,
    labelSmoothing: hp.labelSmoothing ?? 0,
    classWeights: hp.classWeighting === 'sqrt' ? 'sqrt-balanced' : hp.classWeighting ? 'balanced' : undefined,
    augment: image && hp.augmentation ? createImageAugmenter(hp.augmentations ? onlyAugmentations(hp.augmentations) : {}) : undefined,
    weightDecay: hp.weightDecay ?? 0,
    testTimeAugmentation: image ? (hp.testTimeAugmentation ?? 'none') : undefined,
  };
}
