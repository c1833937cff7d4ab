/** Options for augmentImageBatch; each augmentation is on with its defaults unless set to false. */
export interface AugmentImageOptions {
  /** Mirror left-right with this probability (default 0.5). */
  flip?: false | { probability?: number };
  /** Rotate by a uniform angle in [-maxDegrees, maxDegrees] (default 10). */
  rotation?: false | { maxDegrees?: number };
  /** Shift each axis by a uniform fraction of the side in [-maxFraction, maxFraction] (default 0.1). */
  shift?: false | { maxFraction?: number };
  /** Scale by a uniform factor in [1 - maxFraction, 1 + maxFraction] (default 0.1). */
  zoom?: false | { maxFraction?: number };
  /** Add a uniform offset in [-maxDelta, maxDelta] (default 0.1, in [0, 1] pixel units). */
  brightness?: false | { maxDelta?: number };
  /** Scale the deviation from the image's mean by a factor in [1 - maxFraction, 1 + maxFraction] (default 0.2). */
  contrast?: false | { maxFraction?: number };
  /**
   * Random erasing (Zhong et al. 2017): with this probability, fill a rectangle covering
   * minArea..maxArea of the image, aspect ratio 1/maxAspect..maxAspect, with uniform noise
   * or a constant (default probability 0.25, area 0.02-0.2, maxAspect 3.3, fill 'noise').
   */
  erasing?:
    | false
    | { probability?: number; minArea?: number; maxArea?: number; maxAspect?: number; fill?: 'noise' | number };
  /** With this probability, Gaussian-blur the image with a sigma uniform in [0.3, maxSigma] px (default 0.2, 1.2): out-of-focus and upscaled faces. */
  blur?: false | { probability?: number; maxSigma?: number };
  /** With this probability, add Gaussian noise of a sigma uniform in [0, maxSigma] (default 0.3, 0.06, in [0, 1] pixel units): dim webcams. */
  noise?: false | { probability?: number; maxSigma?: number };
  /** What geometric transforms show beyond the image: 'nearest' repeats the border (default), 'reflect' mirrors it, 'constant' uses fillValue. */
  fillMode?: 'nearest' | 'reflect' | 'constant';
  /** Value for fillMode 'constant' (default 0). */
  fillValue?: number;
}

/** Every option resolved: disabled augmentations have null. */
export interface ResolvedAugmentOptions {
  flip: { probability: number } | null;
  rotation: { maxDegrees: number } | null;
  shift: { maxFraction: number } | null;
  zoom: { maxFraction: number } | null;
  brightness: { maxDelta: number } | null;
  contrast: { maxFraction: number } | null;
  erasing: { probability: number; minArea: number; maxArea: number; maxAspect: number; fill: 'noise' | number } | null;
  blur: { probability: number; maxSigma: number } | null;
  noise: { probability: number; maxSigma: number } | null;
  fillMode: 'nearest' | 'reflect' | 'constant';
  fillValue: number;
}

/** The defaults, in the ranges commonly used for FER2013 (small geometric and photometric changes). */
export const DEFAULT_AUGMENT_OPTIONS: ResolvedAugmentOptions = {
  flip: { probability: 0.5 },
  rotation: { maxDegrees: 10 },
  shift: { maxFraction: 0.1 },
  zoom: { maxFraction: 0.1 },
  brightness: { maxDelta: 0.1 },
  contrast: { maxFraction: 0.2 },
  erasing: { probability: 0.25, minArea: 0.02, maxArea: 0.2, maxAspect: 3.3, fill: 'noise' },
  blur: { probability: 0.2, maxSigma: 1.2 },
  noise: { probability: 0.3, maxSigma: 0.06 },
  fillMode: 'nearest',
  fillValue: 0,
};

function check(ok: boolean, field: string, rule: string, value: unknown): void {
  if (!ok) throw new RangeError(`${field} must be ${rule}, got ${String(value)}`);
}

const inRange = (value: number, min: number, max: number) => Number.isFinite(value) && value >= min && value <= max;

function merge<K extends AugmentationName>(key: K, value: AugmentImageOptions[K]): ResolvedAugmentOptions[K] {
  if (value === false) return null;
  return { ...DEFAULT_AUGMENT_OPTIONS[key], ...value } as ResolvedAugmentOptions[K];
}

/** Fills in defaults and throws a RangeError naming the first invalid field. */
export function resolveAugmentOptions(options: AugmentImageOptions = {}): ResolvedAugmentOptions {
  const resolved: ResolvedAugmentOptions = {
    flip: merge('flip', options.flip),
    rotation: merge('rotation', options.rotation),
    shift: merge('shift', options.shift),
    zoom: merge('zoom', options.zoom),
    brightness: merge('brightness', options.brightness),
    contrast: merge('contrast', options.contrast),
    erasing: merge('erasing', options.erasing),
    blur: merge('blur', options.blur),
    noise: merge('noise', options.noise),
    fillMode: options.fillMode ?? DEFAULT_AUGMENT_OPTIONS.fillMode,
    fillValue: options.fillValue ?? DEFAULT_AUGMENT_OPTIONS.fillValue,
  };
  const { flip, rotation, shift, zoom, brightness, contrast, erasing, blur, noise, fillMode, fillValue } = resolved;
  if (flip) check(inRange(flip.probability, 0, 1), 'flip.probability', 'in [0, 1]', flip.probability);
  if (rotation) check(inRange(rotation.maxDegrees, 0, 180), 'rotation.maxDegrees', 'in [0, 180]', rotation.maxDegrees);
  if (shift) check(inRange(shift.maxFraction, 0, 1), 'shift.maxFraction', 'in [0, 1]', shift.maxFraction);
  if (zoom) check(inRange(zoom.maxFraction, 0, 0.9), 'zoom.maxFraction', 'in [0, 0.9]', zoom.maxFraction);
  if (brightness) check(inRange(brightness.maxDelta, 0, 1), 'brightness.maxDelta', 'in [0, 1]', brightness.maxDelta);
  if (contrast) check(inRange(contrast.maxFraction, 0, 1), 'contrast.maxFraction', 'in [0, 1]', contrast.maxFraction);
  if (erasing) {
    check(inRange(erasing.probability, 0, 1), 'erasing.probability', 'in [0, 1]', erasing.probability);
    check(inRange(erasing.minArea, 0, 1), 'erasing.minArea', 'in [0, 1]', erasing.minArea);
    check(inRange(erasing.maxArea, erasing.minArea, 1), 'erasing.maxArea', 'in [minArea, 1]', erasing.maxArea);
    check(inRange(erasing.maxAspect, 1, 100), 'erasing.maxAspect', 'in [1, 100]', erasing.maxAspect);
    check(
      erasing.fill === 'noise' || inRange(erasing.fill, 0, 1),
      'erasing.fill',
      "'noise' or in [0, 1]",
      erasing.fill,
    );
  }
  if (blur) {
    check(inRange(blur.probability, 0, 1), 'blur.probability', 'in [0, 1]', blur.probability);
    check(inRange(blur.maxSigma, 0.3, 4), 'blur.maxSigma', 'in [0.3, 4]', blur.maxSigma);
  }
  if (noise) {
    check(inRange(noise.probability, 0, 1), 'noise.probability', 'in [0, 1]', noise.probability);
    check(inRange(noise.maxSigma, 0, 0.5), 'noise.maxSigma', 'in [0, 0.5]', noise.maxSigma);
  }
  check(
    ['nearest', 'reflect', 'constant'].includes(fillMode),
    'fillMode',
    "'nearest', 'reflect' or 'constant'",
    fillMode,
  );
  check(inRange(fillValue, 0, 1), 'fillValue', 'in [0, 1]', fillValue);
  return resolved;
}

/** The augmentations augmentImageBatch knows, in the order it applies them. */
export const AUGMENTATION_NAMES = Object.freeze([
  'flip',
  'rotation',
  'shift',
  'zoom',
  'brightness',
  'contrast',
  'erasing',
  'blur',
  'noise',
] as const);
/** One of {@link AUGMENTATION_NAMES}. */
export type AugmentationName = (typeof AUGMENTATION_NAMES)[number];

/** Options that turn on exactly these augmentations (each with its defaults); unknown names throw a RangeError. */
export function onlyAugmentations(names: readonly string[]): AugmentImageOptions {
  const unknown = names.find((name) => !(AUGMENTATION_NAMES as readonly string[]).includes(name));
  if (unknown !== undefined)
    throw new RangeError(`Unknown augmentation '${unknown}'; use any of ${AUGMENTATION_NAMES.join(', ')}`);
  return Object.fromEntries(AUGMENTATION_NAMES.filter((name) => !names.includes(name)).map((name) => [name, false]));
}
