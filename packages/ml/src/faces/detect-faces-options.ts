import type { ImageLimits } from '../preprocess/image/open-image.js';

/** Options for detectFaces and imageToFaceFeatures. */
export interface DetectFacesOptions extends ImageLimits {
  /**
   * Sides of the detector's square input, each a multiple of 32; the detector runs once per size
   * and finds faces of about 5-50% of its input best, so sizes spread the range (default [416, 224, 160]).
   */
  inputSizes?: readonly number[];
  /** Smallest detector confidence kept, in (0, 1) (default 0.5). */
  scoreThreshold?: number;
  /** Overlap (intersection over union) above which the weaker of two boxes is dropped (default 0.4). */
  iouThreshold?: number;
  /** Most faces returned; the most confident are kept, then sorted largest first (default 20). */
  maxFaces?: number;
  /** Smallest face side in source pixels; smaller boxes are dropped (default 0). */
  minFaceSize?: number;
  /** Photos are shrunk to this many pixels on the longer side before searching (default 1280). */
  workingSize?: number;
}

/** {@link DetectFacesOptions} with every default filled in. */
export type ResolvedDetectFacesOptions = Required<Omit<DetectFacesOptions, keyof ImageLimits>> & ImageLimits;

/** The defaults of {@link DetectFacesOptions}. */
export const DEFAULT_DETECT_FACES_OPTIONS = {
  inputSizes: [416, 224, 160],
  scoreThreshold: 0.5,
  iouThreshold: 0.4,
  maxFaces: 20,
  minFaceSize: 0,
  workingSize: 1280,
} satisfies ResolvedDetectFacesOptions;

function check(ok: boolean, field: string, rule: string, value: unknown): void {
  if (!ok) throw new RangeError(`${field} must be ${rule}, got ${String(value)}`);
}

/** Fills in defaults and throws a RangeError naming the first invalid field. */
export function resolveDetectFacesOptions(options: DetectFacesOptions = {}): ResolvedDetectFacesOptions {
  const resolved = { ...DEFAULT_DETECT_FACES_OPTIONS, ...options };
  const { inputSizes, scoreThreshold, iouThreshold, maxFaces, minFaceSize, workingSize } = resolved;
  check(inputSizes.length > 0, 'inputSizes', 'non-empty', '[]');
  for (const size of inputSizes) {
    check(Number.isInteger(size) && size >= 64 && size % 32 === 0, 'inputSizes', 'multiples of 32, at least 64', size);
  }
  check(scoreThreshold > 0 && scoreThreshold < 1, 'scoreThreshold', 'in (0, 1)', scoreThreshold);
  check(iouThreshold > 0 && iouThreshold <= 1, 'iouThreshold', 'in (0, 1]', iouThreshold);
  check(Number.isInteger(maxFaces) && maxFaces >= 1, 'maxFaces', 'a positive integer', maxFaces);
  check(minFaceSize >= 0, 'minFaceSize', 'at least 0', minFaceSize);
  const largest = Math.max(...inputSizes);
  check(
    Number.isInteger(workingSize) && workingSize >= largest,
    'workingSize',
    `an integer of at least ${largest}`,
    workingSize,
  );
  return resolved;
}
