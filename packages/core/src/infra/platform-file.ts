import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where a running platform's services are, so extra processes (`npm run trainer`) can join it. */
export interface PlatformFile {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
}

const fileIn = (dataDir: string) => path.join(dataDir, 'run', 'platform.json');

/** Writes the platform file (mode 0600: the database URL holds a password). */
export async function writePlatformFile(dataDir: string, platform: PlatformFile): Promise<void> {
  await mkdir(path.dirname(fileIn(dataDir)), { recursive: true });
  await writeFile(fileIn(dataDir), `${JSON.stringify(platform, null, 2)}\n`, { mode: 0o600 });
}

/** The running platform's services, or null when none runs from this data folder. */
export async function readPlatformFile(dataDir: string): Promise<PlatformFile | null> {
  try {
    return JSON.parse(await readFile(fileIn(dataDir), 'utf8')) as PlatformFile;
  } catch {
    return null; // no platform started here
  }
}
