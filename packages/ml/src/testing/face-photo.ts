import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

const require = createRequire(import.meta.url);

/**
 * A real group photo read from the `demo/` folder the @vladmandic/face-api package ships
 * (nothing is committed here). sample1.jpg: 1920x1280, three women, faces about 300 px.
 */
export async function facePhoto(name: `sample${1 | 2 | 3 | 4 | 5 | 6}.jpg` = 'sample1.jpg'): Promise<Buffer> {
  return readFile(join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo', name));
}

/** Approximate centres of the three faces in sample1.jpg, left to right. */
export const SAMPLE1_FACE_CENTRES = [
  { x: 487, y: 512 },
  { x: 934, y: 571 },
  { x: 1572, y: 350 },
] as const;

/** A square crop of sample1.jpg around its left face (face about 40% of the side), resized to `size`. */
export async function oneFacePhoto(size = 400): Promise<Buffer> {
  return sharp(await facePhoto())
    .extract({ left: 187, top: 211, width: 600, height: 600 })
    .resize(size)
    .jpeg()
    .toBuffer();
}

/** A flat or noisy canvas with no face in it. */
export async function faceFreeCanvas(kind: 'blank' | 'noise', width = 640, height = 480): Promise<Buffer> {
  const noise = kind === 'noise' ? { type: 'gaussian' as const, mean: 128, sigma: 40 } : undefined;
  return sharp({
    create: { width, height, channels: 3, background: { r: 128, g: 128, b: 128 }, ...(noise ? { noise } : {}) },
  })
    .jpeg()
    .toBuffer();
}

/** Pearson correlation of two equally long vectors. */
export function correlation(a: Float32Array, b: Float32Array): number {
  const mean = (v: Float32Array) => v.reduce((sum, x) => sum + x, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  return ab / Math.sqrt(aa * bb);
}
