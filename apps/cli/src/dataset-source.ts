import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import AdmZip from 'adm-zip';
import sharp from 'sharp';
import { x as extractTar } from 'tar';
import { CliError } from './cli-error.js';

/** A local folder to import from, and how to clean it up when it was unpacked or converted. */
export interface DatasetSource {
  dir: string;
  cleanup(): Promise<void>;
}

const FER_CSV_EMOTIONS = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'];
const FER_CSV_SPLITS: Record<string, string> = { training: 'train', publictest: 'val', privatetest: 'test' };

/** FER2013's CSV (`emotion,pixels,Usage`) written out as the folder layout, one PNG per row, Usage kept as split. */
async function convertFerCsv(file: string, dir: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let row = 0;
  for await (const line of lines) {
    row += 1;
    if (row === 1 && /emotion/i.test(line)) continue;
    const [emotion = '', pixels = '', usage = 'Training'] = line.split(',');
    const label = FER_CSV_EMOTIONS[Number(emotion)];
    const split = FER_CSV_SPLITS[usage.trim().toLowerCase()];
    const values = pixels.trim().split(/\s+/).map(Number);
    if (!label || !split || values.length !== 48 * 48 || values.some((v) => !(v >= 0 && v <= 255))) {
      throw new CliError(
        `${file} line ${row} is not a FER2013 row (emotion 0-6, 2304 pixels 0-255, Usage Training|PublicTest|PrivateTest)`,
      );
    }
    await mkdir(path.join(dir, split, label), { recursive: true });
    const png = await sharp(Buffer.from(values), { raw: { width: 48, height: 48, channels: 1 } })
      .png()
      .toBuffer();
    await writeFile(path.join(dir, split, label, `row-${row}.png`), png);
  }
}

/**
 * Resolves what `emolab import` was given: a folder as it is, a .zip or .tar(.gz) archive unpacked
 * into a temporary folder, or FER2013's CSV converted into its folder layout.
 */
export async function openDatasetSource(input: string): Promise<DatasetSource> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new CliError(`${input} does not exist`);
  if (info.isDirectory()) return { dir: input, cleanup: async () => undefined };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'emolab-import-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const lower = input.toLowerCase();
    if (lower.endsWith('.zip')) new AdmZip(input).extractAllTo(dir, true);
    else if (/\.(tar|tar\.gz|tgz)$/.test(lower)) await extractTar({ file: input, cwd: dir, strict: true });
    else if (lower.endsWith('.csv')) await convertFerCsv(input, dir);
    else throw new CliError(`${input} is neither a folder nor a .zip, .tar, .tar.gz or FER2013 .csv file`);
  } catch (error) {
    await cleanup();
    throw error instanceof CliError ? error : new CliError(`Cannot read ${input}: ${(error as Error).message}`);
  }
  return { dir, cleanup };
}
