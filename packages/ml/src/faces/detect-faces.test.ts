import * as tf from '@tensorflow/tfjs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { facePhoto, faceFreeCanvas, oneFacePhoto, SAMPLE1_FACE_CENTRES } from '../testing/face-photo.js';
import { detectFaces } from './detect-faces.js';
import type { FaceBox } from './face-types.js';

const contains = (box: FaceBox, { x, y }: { x: number; y: number }) =>
  x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
const area = (box: FaceBox) => box.width * box.height;

describe('detectFaces', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when the photo shows several people', () => {
    it('returns a box around each face, largest first, in source pixels', async () => {
      const faces = await detectFaces(await facePhoto());
      expect(faces.length).toBeGreaterThanOrEqual(2);
      for (const centre of SAMPLE1_FACE_CENTRES) expect(faces.some((face) => contains(face.box, centre))).toBe(true);
      const areas = faces.map((face) => area(face.box));
      expect(areas).toEqual([...areas].sort((p, q) => q - p));
      for (const { box, score, landmarks } of faces) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(1920);
        expect(box.y + box.height).toBeLessThanOrEqual(1280);
        expect(score).toBeGreaterThanOrEqual(0.5);
        expect(score).toBeLessThan(1);
        expect(landmarks).toHaveLength(68);
      }
    });
  });

  describe('when the face fills most of the frame', () => {
    it('still finds it (the coarse pyramid passes)', async () => {
      const closeUp = await sharp(await facePhoto())
        .extract({ left: 327, top: 352, width: 320, height: 320 })
        .jpeg()
        .toBuffer();
      const faces = await detectFaces(closeUp);
      expect(faces).toHaveLength(1);
      expect(area((faces[0] as { box: FaceBox }).box)).toBeGreaterThan(0.4 * 320 * 320);
    });
  });

  describe('when the photo carries an EXIF orientation', () => {
    it('finds the face in the upright image', async () => {
      const upright = await oneFacePhoto();
      // Stored turned 90 degrees clockwise, with orientation 8 saying "turn back".
      const stored = await sharp(await sharp(upright).rotate(90).jpeg().toBuffer())
        .withMetadata({ orientation: 8 })
        .jpeg()
        .toBuffer();
      const [expected] = await detectFaces(upright);
      const [actual] = await detectFaces(stored);
      expect(actual?.box.x).toBeCloseTo(expected?.box.x ?? NaN, -1);
      expect(actual?.box.y).toBeCloseTo(expected?.box.y ?? NaN, -1);
    });
  });

  describe('when the head is tilted', () => {
    it.each([-25, 25])('finds the face rotated %i degrees and reports the roll', async (degrees) => {
      const upright = await oneFacePhoto();
      const [level] = await detectFaces(upright);
      const tilted = await sharp(upright).rotate(degrees, { background: '#808080' }).jpeg().toBuffer();
      const faces = await detectFaces(tilted);
      expect(faces).toHaveLength(1);
      expect(Math.abs((faces[0]?.roll ?? NaN) - (level?.roll ?? NaN) - degrees)).toBeLessThan(8);
    });
  });

  describe('when there is no face', () => {
    it.each(['blank', 'noise'] as const)('returns an empty array for a %s canvas', async (kind) => {
      expect(await detectFaces(await faceFreeCanvas(kind))).toEqual([]);
    });
  });

  describe('when the bytes are not an image', () => {
    it('throws InvalidInputError', async () => {
      await expect(detectFaces(new TextEncoder().encode('no pixels here'))).rejects.toBeInstanceOf(InvalidInputError);
    });
  });

  describe('when an option is invalid', () => {
    it.each([
      [{ inputSizes: [100] }, /inputSizes/],
      [{ inputSizes: [] }, /inputSizes/],
      [{ scoreThreshold: 1 }, /scoreThreshold/],
      [{ maxFaces: 0 }, /maxFaces/],
      [{ workingSize: 200 }, /workingSize/],
    ])('throws a RangeError naming it (%o)', async (options, field) => {
      await expect(detectFaces(await faceFreeCanvas('blank'), options)).rejects.toThrow(field);
    });
  });

  describe('when maxFaces or minFaceSize is set', () => {
    it('keeps at most that many faces and none smaller', async () => {
      const photo = await facePhoto();
      expect(await detectFaces(photo, { maxFaces: 1 })).toHaveLength(1);
      expect(await detectFaces(photo, { minFaceSize: 1000 })).toEqual([]);
    });
  });

  it('leaves no tensors allocated once the models are loaded', async () => {
    const photo = await oneFacePhoto();
    await detectFaces(photo);
    const before = tf.memory().numTensors;
    await detectFaces(photo);
    await detectFaces(await faceFreeCanvas('noise'));
    expect(tf.memory().numTensors).toBe(before);
  });
});
