/**
 * Image networks a recipe can train: the presets of packages/ml's createImageModel (core cannot
 * import ml; test/architecture/shared-enums.test.ts ties this list to ml's preset names).
 */
export const IMAGE_NETWORKS = [
  'cnn-small',
  'cnn-large',
  'cnn-soft16',
  'cnn-soft16-wide',
  'vgg48',
  'vgg48-bn',
  'vgg48-bn-wide',
  'vgg48-bn-deep',
  'vgg40-bn',
  'vgg40-bn-wide',
] as const;
export type ImageNetwork = (typeof IMAGE_NETWORKS)[number];

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
   * erasing, blur, noise); all of them when absent. Short recipes learn faster from flips alone.
   */
  augmentations?: string[];
  labelSmoothing: number;
  /** Stop after this many epochs without validation improvement (0: never). */
  earlyStoppingPatience: number;
  /** Weight classes by inverse frequency (true), or by its square root ('sqrt'): disgust is rare in FER2013. */
  classWeighting: boolean | 'sqrt';
  /** 'cosine' steps per epoch after one warm-up epoch; 'one-cycle' steps per batch (warm-up over warmupFraction of the run). */
  learningRateSchedule: 'constant' | 'cosine' | 'one-cycle';
  /** 'one-cycle': the share of all steps spent warming up (default 0.15). */
  warmupFraction?: number;
  /** Decoupled weight decay (AdamW) of conv and dense kernels; 0 or absent: plain Adam. */
  weightDecay?: number;
  /** Image runs: the test-time augmentation the model records and predict applies by default ('none', 'flip' or 'flip-shift'; see @emolab/ml's ImagePreprocessing). */
  testTimeAugmentation?: 'none' | 'flip' | 'flip-shift';
  /**
   * Image runs: the network trained, resolved from the recipe's `networks` and modelSize when the
   * run is created (runs made before recipes named networks lack it: small = cnn-small, large = cnn-large).
   */
  network?: ImageNetwork;
}

/**
 * The image network a run trains: its own `network`, else the recipe's choice for its modelSize,
 * else the pre-recipe mapping (small = cnn-small, large = cnn-large).
 */
export function imageNetworkOf(
  hp: Partial<Hyperparameters>,
  networks?: Partial<Record<'small' | 'large', ImageNetwork>>,
): ImageNetwork {
  const size = hp.modelSize ?? 'small';
  return hp.network ?? networks?.[size] ?? (size === 'large' ? 'cnn-large' : 'cnn-small');
}

/** Hyperparameters with every field a run trains with filled in (augmentations: absent means all; network: image runs only). */
export type ResolvedHyperparameters = Required<Omit<Hyperparameters, 'augmentations' | 'network'>> &
  Pick<Hyperparameters, 'augmentations' | 'network'>;

/**
 * What a run whose stored hyperparameters lack a field trained with: runs are stored with their
 * recipe's full defaults, so only runs made before a field existed miss it, and they trained
 * without the feature (no augmentation, constant rate, plain Adam, no test-time augmentation).
 */
const BEFORE_THE_FIELD_EXISTED: Omit<ResolvedHyperparameters, 'augmentations' | 'network'> = {
  epochs: 10,
  batchSize: 64,
  learningRate: 0.001,
  seed: 42,
  modelSize: 'small',
  augmentation: false,
  labelSmoothing: 0,
  earlyStoppingPatience: 0,
  classWeighting: false,
  learningRateSchedule: 'constant',
  warmupFraction: 0.15,
  weightDecay: 0,
  testTimeAugmentation: 'none',
};

/**
 * A stored run's hyperparameters with every field resolved, the one place the trainer's defaults
 * live; image runs made before recipes named networks get the pre-recipe mapping (small = cnn-small, large = cnn-large).
 */
export function resolveHyperparameters(
  stored: Partial<Hyperparameters>,
  modality: 'IMAGE' | 'AUDIO',
): ResolvedHyperparameters {
  const resolved: ResolvedHyperparameters = { ...BEFORE_THE_FIELD_EXISTED, ...withoutUndefined(stored) };
  if (modality === 'IMAGE') resolved.network = imageNetworkOf(resolved);
  else delete resolved.network;
  return resolved;
}

const withoutUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
