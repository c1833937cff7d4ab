import type { Modality } from './types.js';

/** Everything a training run is configured with; a recipe gives defaults, a launch may override each. */
export interface Hyperparameters {
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** Image networks: 'small' trains fast on a CPU, 'large' is more accurate. */
  modelSize: 'small' | 'large';
  augmentation: boolean;
  labelSmoothing: number;
  /** Stop after this many epochs without validation improvement (0: never). */
  earlyStoppingPatience: number;
  /** Weight classes by inverse frequency (disgust is rare in FER2013). */
  classWeighting: boolean;
  learningRateSchedule: 'constant' | 'cosine';
}

/** A named, versioned training configuration. */
export interface Recipe { name: string; version: number; modality: Modality; description: string; defaults: Hyperparameters }

const base = { seed: 42, labelSmoothing: 0.1, classWeighting: true, learningRateSchedule: 'cosine' } as const;

/** The recipes users pick from the CLI, API and dashboard. */
export const RECIPES: Record<string, Recipe> = {
  'fer-fast': {
    name: 'fer-fast', version: 2, modality: 'IMAGE', description: 'Small CNN, 5 epochs without augmentation: the best FER2013 model within 15 minutes on a 2-core CPU',
    defaults: { ...base, epochs: 5, batchSize: 64, learningRate: 0.001, modelSize: 'small', augmentation: false, classWeighting: false, earlyStoppingPatience: 3 },
  },
  'fer-best': {
    name: 'fer-best', version: 2, modality: 'IMAGE', description: 'Larger CNN, 8 epochs with augmentation: about 90 minutes on a 2-core CPU, for the best accuracy',
    defaults: { ...base, epochs: 8, batchSize: 64, learningRate: 0.001, modelSize: 'large', augmentation: true, classWeighting: false, earlyStoppingPatience: 4 },
  },
  'tess-fast': {
    name: 'tess-fast', version: 1, modality: 'AUDIO', description: 'MLP on pooled MFCC statistics: trains in seconds',
    defaults: { ...base, epochs: 40, batchSize: 32, learningRate: 0.003, modelSize: 'small', augmentation: false, earlyStoppingPatience: 8 },
  },
};

/** The recipe a modality trains with when none is named. */
export const DEFAULT_RECIPE: Record<Modality, string> = { IMAGE: 'fer-fast', AUDIO: 'tess-fast' };
