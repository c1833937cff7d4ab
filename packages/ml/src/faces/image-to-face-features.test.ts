import * as tf from '@tensorflow/tfjs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../backend/init-backend.js';
import { IMAGE_SIZE, imageToFeatures } from '../preprocess/image/image-to-features.js';
import { InvalidInputError } from '../preprocess/invalid-input-error.js';
import { correlation, facePhoto, faceFreeCanvas, oneFacePhoto } from '../testing/face-photo.js';
import { imageToFaceFeatures } from './image-to-face-features.js';
import { NO_FACE } from './no-face.js';

const inUnitRange = (features: Float32Array) => features.every((value) => value >= 0 && value <= 1);

describe('imageToFaceFeatures', () => {
  beforeAll(async () => {
    await initBackend({ prefer: 'wasm' });
  });

  describe('when given a FER2013-style 48x48 face', () => {
    it('reads it whole, exactly as imageToFeatures does, without detection', async () => {
      const fer = await sharp(await oneFacePhoto())
        .extract({ left: 110, top: 100, width: 190, height: 190 })
        .grayscale()
        .resize(48, 48)
        .jpeg()
        .toBuffer();
      const result = await imageToFaceFeatures(fer);
      expect(result).toMatchObject({ width: 48, height: 48 });
      expect(result.faces).toHaveLength(1);
      expect(result.faces[0]).toMatchObject({
        box: { x: 0, y: 0, width: 48, height: 48 },
        score: null,
        roll: 0,
        source: 'whole-image',
      });
      expect(result.faces[0]?.features).toEqual(await imageToFeatures(fer));
    });
  });

  describe('when the small image is far from square', () => {
    it('runs the detector instead', async () => {
      const strip = await sharp(await faceFreeCanvas('blank', 90, 40))
        .jpeg()
        .toBuffer();
      expect((await imageToFaceFeatures(strip)).faces).toEqual([]);
    });
  });

  describe('when given a group photo', () => {
    it('returns 48x48 aligned features for each face, largest first', async () => {
      const { faces, width, height } = await imageToFaceFeatures(await facePhoto());
      expect([width, height]).toEqual([1920, 1280]);
      expect(faces.length).toBeGreaterThanOrEqual(2);
      for (const face of faces) {
        expect(face.source).toBe('detector');
        expect(face.features).toHaveLength(IMAGE_SIZE * IMAGE_SIZE);
        expect(inUnitRange(face.features)).toBe(true);
      }
      const areas = faces.map(({ box }) => box.width * box.height);
      expect(areas).toEqual([...areas].sort((p, q) => q - p));
    });
  });

  describe('when two faces are pasted onto a canvas', () => {
    it('finds both and puts the larger first', async () => {
      const face = await oneFacePhoto(400);
      const small = await sharp(face).resize(220).toBuffer();
      const canvas = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#7a7a7a' } })
        .composite([
          { input: small, left: 60, top: 300 },
          { input: face, left: 520, top: 80 },
        ])
        .jpeg()
        .toBuffer();
      const { faces } = await imageToFaceFeatures(canvas);
      expect(faces).toHaveLength(2);
      expect(faces[0]?.box.x).toBeGreaterThan(520);
      expect(faces[1]?.box.x).toBeLessThan(60 + 220);
      // The same face at two sizes; another person correlates about 0.4.
      expect(correlation(faces[0]?.features as Float32Array, faces[1]?.features as Float32Array)).toBeGreaterThan(0.75);
    });
  });

  describe('when the photo is rotated', () => {
    it('levels the face so its features match the upright ones', async () => {
      const upright = await oneFacePhoto();
      const tilted = await sharp(upright).rotate(-20, { background: '#808080' }).jpeg().toBuffer();
      const [level] = (await imageToFaceFeatures(upright)).faces;
      const [turned] = (await imageToFaceFeatures(tilted)).faces;
      expect(correlation(turned?.features as Float32Array, level?.features as Float32Array)).toBeGreaterThan(0.9);
    });
  });

  describe('when there is no face', () => {
    it('returns no faces, which callers report as NO_FACE', async () => {
      const result = await imageToFaceFeatures(await faceFreeCanvas('noise'));
      expect(result.faces).toEqual([]);
      expect(NO_FACE).toBe('NO_FACE');
    });
  });

  describe('when mode overrides the choice', () => {
    it("reads a photo whole with 'whole-image' and detects in a small crop with 'detect'", async () => {
      const photo = await oneFacePhoto(400);
      const whole = await imageToFaceFeatures(photo, { mode: 'whole-image' });
      expect(whole.faces.map((face) => face.source)).toEqual(['whole-image']);
      const tiny = await sharp(photo).resize(64).jpeg().toBuffer();
      expect(
        (await imageToFaceFeatures(tiny, { mode: 'detect' })).faces.every((face) => face.source === 'detector'),
      ).toBe(true);
    });
  });

  describe('when an option is invalid', () => {
    it('throws a RangeError naming it', async () => {
      const blank = await faceFreeCanvas('blank', 64, 64);
      await expect(imageToFaceFeatures(blank, { mode: 'guess' as 'auto' })).rejects.toThrow(/mode/);
      await expect(imageToFaceFeatures(blank, { margin: -1 })).rejects.toThrow(/margin/);
      await expect(imageToFaceFeatures(blank, { scoreThreshold: 0 })).rejects.toThrow(/scoreThreshold/);
    });
  });

  describe('when the bytes are not an image', () => {
    it('throws InvalidInputError', async () => {
      await expect(imageToFaceFeatures(new Uint8Array([1, 2, 3, 4]))).rejects.toBeInstanceOf(InvalidInputError);
    });
  });

  it('leaves no tensors allocated once the models are loaded', async () => {
    const photo = await oneFacePhoto();
    await imageToFaceFeatures(photo);
    const before = tf.memory().numTensors;
    await imageToFaceFeatures(photo);
    expect(tf.memory().numTensors).toBe(before);
  });
});
