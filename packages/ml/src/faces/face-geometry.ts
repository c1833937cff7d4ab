import type { FaceBox, Point } from './face-types.js';

const mean = (points: Point[]): Point => ({
  x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
  y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
});

/** Centres of the eye on the image's left (points 36-41) and right (42-47), and of the mouth (48-67). */
export function faceKeyPoints(landmarks: Point[]): { leftEye: Point; rightEye: Point; mouth: Point } {
  if (landmarks.length !== 68) throw new RangeError(`Expected 68 landmarks, got ${landmarks.length}`);
  return {
    leftEye: mean(landmarks.slice(36, 42)),
    rightEye: mean(landmarks.slice(42, 48)),
    mouth: mean(landmarks.slice(48, 68)),
  };
}

/** Tilt of the eye line in degrees, clockwise positive (image y points down). */
export function rollDegrees(landmarks: Point[]): number {
  const { leftEye, rightEye } = faceKeyPoints(landmarks);
  return (Math.atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x) * 180) / Math.PI;
}

/** The part of a box inside a width x height image. */
export function clipBox(box: FaceBox, width: number, height: number): FaceBox {
  const x = Math.min(Math.max(box.x, 0), width);
  const y = Math.min(Math.max(box.y, 0), height);
  return {
    x,
    y,
    width: Math.min(box.x + box.width, width) - x,
    height: Math.min(box.y + box.height, height) - y,
  };
}

/** Multiplies every coordinate by `scale` (to move between working and source pixels). */
export function scaleBox(box: FaceBox, scale: number): FaceBox {
  return { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale };
}
