// FER2013 (Kaggle folder layout) as features in [0, 1], decoded with sharp and cached under the OS temp dir.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

const LABELS = ['angry', 'disgust', 'fear', 'happy', 'neutral', 'sad', 'surprise'];
const SIZE = 48 * 48;

async function decodeAll(dir) {
  const files = [];
  LABELS.forEach((label, index) => {
    for (const name of readdirSync(join(dir, label)).sort()) files.push({ path: join(dir, label, name), label: index });
  });
  sharp.cache(false);
  const pixels = new Uint8Array(files.length * SIZE);
  const labels = new Uint8Array(files.length);
  const chunk = 64;
  for (let i = 0; i < files.length; i += chunk) {
    await Promise.all(
      files.slice(i, i + chunk).map(async (file, j) => {
        const raw = await sharp(file.path).grayscale().resize(48, 48, { fit: 'fill' }).raw().toBuffer();
        pixels.set(raw.subarray(0, SIZE), (i + j) * SIZE);
        labels[i + j] = file.label;
      }),
    );
  }
  return { pixels, labels };
}

/** One split ('train' or 'test') as { features: Float32Array[], labels: number[] }. */
export async function loadFer(datasetsDir, split) {
  const cacheDir = join(tmpdir(), 'emolab-bench');
  const cache = join(cacheDir, `fer-${split}.bin`);
  let pixels;
  let labels;
  if (existsSync(cache)) {
    const bytes = readFileSync(cache);
    const count = bytes.readUInt32LE(0);
    labels = new Uint8Array(bytes.buffer, bytes.byteOffset + 4, count);
    pixels = new Uint8Array(bytes.buffer, bytes.byteOffset + 4 + count, count * SIZE);
  } else {
    ({ pixels, labels } = await decodeAll(join(datasetsDir, 'fer2013', split)));
    mkdirSync(cacheDir, { recursive: true });
    const header = Buffer.alloc(4);
    header.writeUInt32LE(labels.length, 0);
    writeFileSync(cache, Buffer.concat([header, Buffer.from(labels), Buffer.from(pixels)]));
  }
  const features = [];
  for (let i = 0; i < labels.length; i++) {
    const image = new Float32Array(SIZE);
    for (let j = 0; j < SIZE; j++) image[j] = pixels[i * SIZE + j] / 255;
    features.push(image);
  }
  return { features, labels: Array.from(labels) };
}
