/** A rectangle in image pixels; x, y is the top-left corner. */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point in image pixels. */
export interface Point {
  x: number;
  y: number;
}

/** One face the detector found, in the pixels of the upright (EXIF-oriented) image. */
export interface DetectedFace {
  /** Detector box, clipped to the image. */
  box: FaceBox;
  /** Detector confidence in (0, 1). */
  score: number;
  /** 68 landmarks in iBUG 300-W order (jaw 0-16, brows 17-26, nose 27-35, eyes 36-47, mouth 48-67). */
  landmarks: Point[];
  /** Tilt of the eye line in degrees, clockwise positive; alignment rotates by minus this. */
  roll: number;
}

/** Decoded pixels, 8 bits per channel, row-major. */
export interface RasterImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}
