/** Named starting points for createImageModel: the keys of PRESETS below. */
export type ImageModelPreset = keyof typeof PRESETS;

/** Every knob of the image CNN family; a preset fixes all of them. */
export interface ImageNetworkConfig {
  /**
   * Average pooling of the 48x48 input before the first convolution (1 = none, 3 = 16x16).
   * Faces whose detail is already blurred away (see estimateBlurSigma) lose nothing at 16x16, and
   * every later layer costs ~9x less.
   */
  inputPool: number;
  /**
   * Pixels cropped from each side of the 48x48 input before the first convolution (0-8; 4 gives
   * the centre 40x40). With shift augmentation in training, the network sees a random 40 px crop
   * each time, and 'flip-shift' test-time augmentation becomes ten-crop evaluation: the classic
   * FER2013 recipe, at 0.69x the compute per image of the full 48 px.
   */
  inputCrop: number;
  /** Conv blocks, each ending in a 2x2 max pool (2-4; 48 px shrink to 12, 6 or 3). */
  blocks: number;
  /** Filters in the first block; each further block doubles them. */
  filters: number;
  /** 3x3 convolutions per block (1-3; 2 is VGG-style). */
  convsPerBlock: number;
  /** Batch norm after every convolution (which then has no bias). */
  batchNorm: boolean;
  /** Dropout after each block's pooling (0 for none). */
  blockDropout: number;
  /** Dropout before each dense layer. */
  dropout: number;
  /** Units in the hidden dense layer. */
  dense: number;
  /**
   * Batch norm between the hidden dense layer and its ReLU. Needed at 48x48: Adam moves each of a
   * wide flatten's thousands of (all non-negative) inputs' weights by ~lr per step, which shifts
   * the dense pre-activations by several units per step, and without it training diverges
   * (measured on vgg48: loss 3.5-7.9 in the first epoch, stuck at chance after it).
   */
  denseBatchNorm: boolean;
}

/**
 * 'cnn-small' (~170k parameters, the original network) trains fast on one CPU core;
 * 'cnn-large' (~1.8M parameters, two convs per block, four blocks) trades ~20x the compute for accuracy.
 * 'cnn-soft16' (~420k) and 'cnn-soft16-wide' (~1.3M) see a 16x16 average of the face: VGG-style
 * blocks at a resolution that keeps everything a blurred training set (like our FER2013 train
 * split) holds, at a fraction of the 48x48 networks' compute.
 * 'vgg48' (~1.5M) is VGG-style at full 48x48 resolution (32-32 / 64-64 / 128-128 with pools, batch
 * norm, dense 256): the kind of network faces with their original detail need, affordable with the
 * oneDNN kernels. It is the speed benchmark's network; it does not train well with Adam (see
 * denseBatchNorm).
 * 'vgg48-bn' (~1.5M) is vgg48 with batch norm on the hidden dense layer and lighter dropout: the
 * face recipes' network. 'vgg48-bn-wide' (48-96-192 filters, ~3.4M, ~2.2x the compute) and
 * 'vgg48-bn-deep' (64-128-256-512 filters over four blocks, ~5.4M, ~4x) are for longer budgets.
 * 'vgg40-bn' and 'vgg40-bn-wide' are vgg48-bn and vgg48-bn-wide on the centre 40x40 (see inputCrop):
 * ~0.69x the compute, so ~1.45x the epochs in the same time.
 */
// Each preset is vgg48 (below) with the knobs that differ; written as differences so a shared knob
// has one value to change.
const VGG48: Readonly<ImageNetworkConfig> = {
  inputPool: 1,
  inputCrop: 0,
  blocks: 3,
  filters: 32,
  convsPerBlock: 2,
  batchNorm: true,
  blockDropout: 0,
  dropout: 0.4,
  dense: 256,
  denseBatchNorm: false,
};
const preset = (changes: Partial<ImageNetworkConfig>): Readonly<ImageNetworkConfig> =>
  Object.freeze({ ...VGG48, ...changes });
const DENSE_BN: Partial<ImageNetworkConfig> = { dropout: 0.2, denseBatchNorm: true };
const WIDE_BN: Partial<ImageNetworkConfig> = {
  filters: 48,
  blockDropout: 0.1,
  dropout: 0.3,
  dense: 384,
  denseBatchNorm: true,
};

const PRESETS = {
  'cnn-small': preset({ filters: 16, convsPerBlock: 1, dropout: 0.3, dense: 64 }),
  'cnn-large': preset({ blocks: 4, blockDropout: 0.2 }),
  'cnn-soft16': preset({ inputPool: 3 }),
  'cnn-soft16-wide': preset({ inputPool: 3, filters: 48, blockDropout: 0.1, dense: 384 }),
  vgg48: preset({}),
  'vgg48-bn': preset(DENSE_BN),
  'vgg48-bn-wide': preset(WIDE_BN),
  'vgg48-bn-deep': preset({ blocks: 4, filters: 64, blockDropout: 0.1, dense: 512, denseBatchNorm: true }),
  'vgg40-bn': preset({ ...DENSE_BN, inputCrop: 4 }),
  'vgg40-bn-wide': preset({ ...WIDE_BN, inputCrop: 4 }),
} satisfies Record<string, Readonly<ImageNetworkConfig>>;

/** Every preset's configuration, by name. */
export const IMAGE_MODEL_PRESETS: Readonly<Record<ImageModelPreset, Readonly<ImageNetworkConfig>>> =
  Object.freeze(PRESETS);

/** The preset names, for validation and parsing. */
export const IMAGE_MODEL_PRESET_NAMES = Object.freeze(Object.keys(IMAGE_MODEL_PRESETS) as ImageModelPreset[]);

/** Order in which overridden knobs appear in an architecture id. */
const KNOBS: readonly (keyof ImageNetworkConfig)[] = [
  'inputPool',
  'inputCrop',
  'blocks',
  'filters',
  'convsPerBlock',
  'batchNorm',
  'blockDropout',
  'dropout',
  'dense',
  'denseBatchNorm',
];

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!(Number.isInteger(value) && value >= min && value <= max)) {
    throw new RangeError(`createImageModel: ${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
}

function checkRate(name: string, value: number): void {
  if (!(value >= 0 && value < 1)) throw new RangeError(`createImageModel: ${name} must be in [0, 1), got ${value}`);
}

/** Merges overrides into a preset (default 'cnn-small') and fails fast, naming the bad field. */
export function resolveImageNetwork(
  preset: ImageModelPreset = 'cnn-small',
  overrides: Partial<ImageNetworkConfig> = {},
): ImageNetworkConfig {
  const base = IMAGE_MODEL_PRESETS[preset];
  if (!base)
    throw new RangeError(
      `createImageModel: preset must be one of ${Object.keys(IMAGE_MODEL_PRESETS).join(', ')}, got ${String(preset)}`,
    );
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(
      ([key, value]) => value !== undefined && KNOBS.includes(key as keyof ImageNetworkConfig),
    ),
  );
  const config: ImageNetworkConfig = { ...base, ...defined };
  checkInteger('inputPool', config.inputPool, 1, 4);
  checkInteger('inputCrop', config.inputCrop, 0, 8);
  checkInteger('blocks', config.blocks, 2, 4);
  const side = 48 - 2 * config.inputCrop;
  if (Math.floor(side / config.inputPool) >> config.blocks < 1) {
    throw new RangeError(
      `createImageModel: ${config.blocks} blocks after inputCrop ${config.inputCrop} and inputPool ${config.inputPool} would pool ${side} px below 1 px`,
    );
  }
  checkInteger('filters', config.filters, 1, 512);
  checkInteger('convsPerBlock', config.convsPerBlock, 1, 3);
  checkInteger('dense', config.dense, 1, 8192);
  checkRate('dropout', config.dropout);
  checkRate('blockDropout', config.blockDropout);
  for (const knob of ['batchNorm', 'denseBatchNorm'] as const) {
    if (typeof config[knob] !== 'boolean')
      throw new RangeError(`createImageModel: ${knob} must be a boolean, got ${String(config[knob])}`);
  }
  return config;
}

/**
 * The id recorded with an image model: `<preset>-v1`, followed by `:knob=value,...` for every knob
 * that differs from the preset, in a fixed order (e.g. 'cnn-small-v1:filters=8,batchNorm=false').
 * Equal ids mean identical architectures and regularisation.
 */
export function imageArchitectureId(preset: ImageModelPreset, config: ImageNetworkConfig): string {
  const base = IMAGE_MODEL_PRESETS[preset];
  const changed = KNOBS.filter((knob) => config[knob] !== base[knob]).map((knob) => `${knob}=${String(config[knob])}`);
  return changed.length === 0 ? `${preset}-v1` : `${preset}-v1:${changed.join(',')}`;
}

/** Reads an id made by imageArchitectureId back into its preset and full config; undefined for any other id. */
export function parseImageArchitecture(
  id: string,
): { preset: ImageModelPreset; config: ImageNetworkConfig } | undefined {
  const match = /^([a-z0-9-]+?)-v1(?::(.+))?$/.exec(id);
  if (!match || !IMAGE_MODEL_PRESET_NAMES.includes(match[1] as ImageModelPreset)) return undefined;
  const preset = match[1] as ImageModelPreset;
  const overrides: Record<string, number | boolean> = {};
  for (const pair of match[2]?.split(',') ?? []) {
    const [key, raw] = pair.split('=');
    if (!key || raw === undefined || !KNOBS.includes(key as keyof ImageNetworkConfig)) return undefined;
    overrides[key] = raw === 'true' || raw === 'false' ? raw === 'true' : Number(raw);
  }
  try {
    return { preset, config: resolveImageNetwork(preset, overrides as Partial<ImageNetworkConfig>) };
  } catch {
    return undefined; // an id naming an out-of-range knob is not one this build made
  }
}
