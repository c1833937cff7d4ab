import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { placeSample } from '@emolab/core/domain';

/** Folder names of the 7 emotions as Kaggle's FER2013 copy spells them. */
export const FER_CLASSES = ['angry', 'disgust', 'fear', 'happy', 'neutral', 'sad', 'surprise'] as const;

/** A fresh temporary folder. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `emolab-${prefix}-`));
}

/** A 48x48 grayscale JPEG whose pattern depends on the class (so a model can learn it) plus seeded noise. */
export async function faceLikeJpeg(options: { classIndex: number; seed: number }): Promise<Buffer> {
  const pixels = Buffer.alloc(48 * 48);
  let state = (options.seed * 2654435761) >>> 0;
  for (let y = 0; y < 48; y += 1) {
    for (let x = 0; x < 48; x += 1) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const stripe = Math.floor((options.classIndex % 2 === 0 ? x : y) / (3 + options.classIndex)) % 2;
      pixels[y * 48 + x] = Math.max(0, Math.min(255, 40 + options.classIndex * 25 + stripe * 60 + (state % 30)));
    }
  }
  return sharp(pixels, { raw: { width: 48, height: 48, channels: 1 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Writes a small FER2013-layout folder (train|test/<class>/*.jpg); returns its path. */
export async function writeFer2013Folder(options: {
  perClassTrain: number;
  perClassTest: number;
  perClassVal?: number;
  extra?: Record<string, Buffer | string>;
  /** Gaussian blur (px) of the train images only, like the FER2013 copy in shared/datasets. */
  trainBlurSigma?: number;
}): Promise<string> {
  const root = await tempDir('fer');
  let seed = 1;
  for (const [split, count] of [
    ['train', options.perClassTrain],
    ['val', options.perClassVal ?? 0],
    ['test', options.perClassTest],
  ] as const) {
    for (const [classIndex, name] of FER_CLASSES.entries()) {
      const dir = path.join(root, split, name);
      await mkdir(dir, { recursive: true });
      for (let i = 0; i < count; i += 1) {
        const jpeg = await faceLikeJpeg({ classIndex, seed: seed++ });
        const blurred =
          split === 'train' && options.trainBlurSigma
            ? await sharp(jpeg).blur(options.trainBlurSigma).jpeg({ quality: 90 }).toBuffer()
            : jpeg;
        await writeFile(path.join(dir, `${split}_${name}_${i}.jpg`), blurred);
      }
    }
  }
  for (const [relative, content] of Object.entries(options.extra ?? {})) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), content);
  }
  return root;
}

/** A mono 16-bit PCM WAV of a sine tone. */
export function sineWav(options: { hz: number; seconds: number; sampleRate?: number; amplitude?: number }): Buffer {
  const rate = options.sampleRate ?? 16_000;
  const n = Math.round(options.seconds * rate);
  const data = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i += 1) {
    const envelope = Math.min(1, i / 400, (n - i) / 400);
    data.writeInt16LE(
      Math.round(Math.sin((2 * Math.PI * options.hz * i) / rate) * (options.amplitude ?? 0.5) * envelope * 32767),
      i * 2,
    );
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const TESS_WORDS = [
  'back',
  'bar',
  'base',
  'bath',
  'bean',
  'beg',
  'bite',
  'boat',
  'bone',
  'book',
  'bought',
  'burn',
  'cab',
  'calm',
  'came',
  'cause',
  'chain',
  'chair',
  'chalk',
  'chat',
];

/** Words whose hash puts them in TEST, and the rest, so both splits hold samples. */
function pickWords(count: number): string[] {
  const isTest = (w: string) => (placeSample('tess', `OAF_${w}_happy.wav`) as { split: string }).split === 'TEST';
  const test = TESS_WORDS.filter(isTest).slice(0, Math.max(2, Math.floor(count / 4)));
  const train = TESS_WORDS.filter((w) => !isTest(w)).slice(0, count - test.length);
  return [...train, ...test];
}

/** Writes a small TESS-layout folder (<speaker>_<emotion>/<speaker>_<word>_<emotion>.wav) of class-dependent tones. */
export async function writeTessFolder(options: { words: number }): Promise<string> {
  const root = await tempDir('tess');
  const emotions = ['angry', 'disgust', 'fear', 'happy', 'neutral', 'ps', 'sad'];
  for (const [i, emotion] of emotions.entries()) {
    const dir = path.join(root, `OAF_${emotion === 'ps' ? 'pleasant_surprise' : emotion}`);
    await mkdir(dir, { recursive: true });
    for (const [w, word] of pickWords(options.words).entries()) {
      await writeFile(
        path.join(dir, `OAF_${word}_${emotion}.wav`),
        sineWav({ hz: 200 + i * 150 + w * 3, seconds: 0.6 }),
      );
    }
  }
  return root;
}
