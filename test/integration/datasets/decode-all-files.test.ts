import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeAudio, imageToFeatures, InvalidInputError } from '@emolab/ml/preprocess';

const DATASETS = process.env.EMOLAB_DATASETS_DIR;

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

async function inChunks<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

describe.skipIf(!DATASETS)('every file of the real datasets (EMOLAB_DATASETS_DIR)', () => {
  it('decodes every TESS clip or refuses it with InvalidInputError, never anything else', async () => {
    const files = (await filesUnder(path.join(DATASETS!, 'tess'))).filter((f) => f.endsWith('.wav'));
    expect(files.length).toBeGreaterThan(2000);
    const refused: string[] = [];
    await inChunks(files, 32, async (file) => {
      try {
        const audio = decodeAudio(await readFile(file));
        expect(audio.samples.length).toBeGreaterThan(0);
        expect(audio.sampleRate).toBeGreaterThan(0);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw new Error(`${file}: ${String(error)}`);
        refused.push(path.basename(file));
      }
    });
    expect(refused).toEqual([]); // AIFF behind .wav and 96 kHz files included: all decode
  });

  it('decodes every FER2013 image to 48x48 features', async () => {
    const files = await filesUnder(path.join(DATASETS!, 'fer2013'));
    expect(files.length).toBe(28_709 + 3_589);
    let decoded = 0;
    await inChunks(files, 64, async (file) => {
      const features = await imageToFeatures(await readFile(file));
      if (features.length !== 48 * 48) throw new Error(`${file}: ${features.length} values`);
      decoded += 1;
    });
    expect(decoded).toBe(files.length);
  }, 600_000);
});
