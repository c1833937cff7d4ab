import type { Modality } from './types.js';

/** Image networks a recipe can train (the presets of packages/ml's createImageModel). */
export type ImageNetwork = 'cnn-small' | 'cnn-large' | 'cnn-soft16' | 'cnn-soft16-wide' | 'vgg48';

/** Everything a training run is configured with; a recipe gives defaults, a launch may override each. */
export interface Hyperparameters {
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** Image networks: 'small' trains fast on a CPU, 'large' is more accurate. */
  modelSize: 'small' | 'large';
  augmentation: boolean;
  /**
   * Which augmentations `augmentation` turns on (flip, rotation, shift, zoom, brightness, contrast,
   * erasing); all of them when absent. Short recipes learn faster from flips alone.
   */
  augmentations?: string[];
  labelSmoothing: number;
  /** Stop after this many epochs without validation improvement (0: never). */
  earlyStoppingPatience: number;
  /** Weight classes by inverse frequency (disgust is rare in FER2013). */
  classWeighting: boolean;
  learningRateSchedule: 'constant' | 'cosine';
  /**
   * Image runs: the network trained, resolved from the recipe's `networks` and modelSize when the
   * run is created (runs made before recipes named networks lack it: small = cnn-small, large = cnn-large).
   */
  network?: ImageNetwork;
}

/** A named, versioned training configuration; image recipes name the network each modelSize trains. */
export interface Recipe {
  name: string;
  version: number;
  modality: Modality;
  description: string;
  defaults: Hyperparameters;
  networks?: Record<Hyperparameters['modelSize'], ImageNetwork>;
}

/** The image network a run trains: its own `network`, else the recipe's choice for its modelSize, else the pre-recipe mapping. */
export function imageNetworkOf(hp: Partial<Hyperparameters>, recipe?: Recipe): ImageNetwork {
  const size = hp.modelSize ?? 'small';
  return hp.network ?? recipe?.networks?.[size] ?? (size === 'large' ? 'cnn-large' : 'cnn-small');
}

const base = { seed: 42, labelSmoothing: 0.1, classWeighting: true, learningRateSchedule: 'cosine' } as const;

/** The recipes users pick from the CLI, API and dashboard. */
export const RECIPES: Record<string, Recipe> = {
  // 12 epochs: ~61 s each with 2 workers after the batch-norm and Adam kernels (v4 had 9 at ~84 s),
  // leaving ~15% of the 15-minute promise for the machine's speed drift.
  'fer-fast': {
    name: 'fer-fast', version: 5, modality: 'IMAGE',
    description: 'VGG-style CNN on a 16x16 view of the face, 12 epochs with flips: the best FER2013 model within 15 minutes on a 2-core CPU',
    networks: { small: 'cnn-soft16', large: 'cnn-soft16-wide' },
    defaults: { ...base, epochs: 12, batchSize: 64, learningRate: 0.003, modelSize: 'small', augmentation: true, augmentations: ['flip'], classWeighting: false, earlyStoppingPatience: 3 },
  },
  'fer-best': {
    name: 'fer-best', version: 3, modality: 'IMAGE',
    description: 'Wider CNN on a 16x16 view of the face, 20 epochs with flips, small rotations, shifts and zooms: about an hour on a 2-core CPU, for the best accuracy',
    networks: { small: 'cnn-soft16', large: 'cnn-soft16-wide' },
    defaults: { ...base, epochs: 20, batchSize: 64, learningRate: 0.002, modelSize: 'large', augmentation: true, augmentations: ['flip', 'rotation', 'shift', 'zoom'], classWeighting: false, earlyStoppingPatience: 6 },
  },
  'tess-fast': {
    name: 'tess-fast', version: 2, modality: 'AUDIO', description: 'MLP on pooled statistics of 40 MFCCs and their deltas: trains in seconds',
    defaults: { ...base, epochs: 40, batchSize: 32, learningRate: 0.003, modelSize: 'small', augmentation: false, earlyStoppingPatience: 8 },
  },
};

/** The recipe a modality trains with when none is named. */
export const DEFAULT_RECIPE: Record<Modality, string> = { IMAGE: 'fer-fast', AUDIO: 'tess-fast' };
