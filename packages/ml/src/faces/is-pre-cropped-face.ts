/** Options for {@link isPreCroppedFace}. */
export interface IsPreCroppedFaceOptions {
  width: number;
  height: number;
  /** Largest side taken as a FER-style crop (default 96). */
  maxSide?: number;
  /** Largest ratio of the longer to the shorter side (default 1.25). */
  maxAspect?: number;
}

/**
 * True for FER2013-style inputs: small, roughly square images that are one face filling the frame.
 * They skip detection (the detector needs context around a face) and are read whole.
 */
export function isPreCroppedFace(options: IsPreCroppedFaceOptions): boolean {
  const { width, height, maxSide = 96, maxAspect = 1.25 } = options;
  const longer = Math.max(width, height);
  const shorter = Math.min(width, height);
  return shorter > 0 && longer <= maxSide && longer / shorter <= maxAspect;
}
