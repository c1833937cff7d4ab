/** Seeded flip, rotation, shift, zoom, brightness/contrast jitter, random erasing, blur and noise of a [n, h, w, c] batch in [0, 1]. */
export { augmentImageBatch, type AugmentImageBatchOptions } from './augment-image-batch.js';
/** Fixes the augmentation options and returns a `(batch, seed) => batch` hook for training. */
export { createImageAugmenter } from './augment-image-batch.js';
/** Per-augmentation options; set one to false to turn it off. */
export type { AugmentImageOptions, ResolvedAugmentOptions } from './augment-options.js';
/** The default ranges (flip 0.5, rotation 10 degrees, shift and zoom 10%, brightness 0.1, contrast 20%, erasing 0.25, blur 0.2 up to 1.2 px, noise 0.3 up to 0.06). */
export { DEFAULT_AUGMENT_OPTIONS } from './augment-options.js';
/** Fills in defaults and throws a RangeError naming the first invalid option. */
export { resolveAugmentOptions } from './augment-options.js';
/** Options enabling only the named augmentations (flip, rotation, shift, zoom, brightness, contrast, erasing, blur, noise). */
export { AUGMENTATION_NAMES, onlyAugmentations, type AugmentationName } from './augment-options.js';
