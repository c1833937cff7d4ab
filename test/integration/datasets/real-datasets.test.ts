import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/clients.js';
import { tempDir } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

const DATASETS = process.env.EMOLAB_DATASETS_DIR;

/** Copies the first `limit` files of each listed sub-folder, keeping the layout. */
async function copySlice(options: { from: string; folders: string[]; limit: number }): Promise<string> {
  const root = await tempDir('real');
  for (const folder of options.folders) {
    await mkdir(path.join(root, folder), { recursive: true });
    const names = (await readdir(path.join(options.from, folder))).sort().slice(0, options.limit);
    await Promise.all(
      names.map((name) => copyFile(path.join(options.from, folder, name), path.join(root, folder, name))),
    );
  }
  return root;
}

describe.skipIf(!DATASETS)('real FER2013 and TESS copies (EMOLAB_DATASETS_DIR)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.stop());

  it("imports TESS's odd files (AIFF behind .wav, 96 kHz, OA_ prefix) and trains on them", async () => {
    const tess = path.join(DATASETS!, 'tess');
    const odd = [
      'YAF_angry/YAF_germ_angry.wav',
      'YAF_fear/YAF_neat_fear.wav',
      'OAF_fear/OAF_food_fear.wav',
      'OAF_neutral/OA_bite_neutral.wav',
    ];
    const dir = await copySlice({
      from: tess,
      folders: ['YAF_angry', 'YAF_fear', 'OAF_fear', 'OAF_neutral', 'OAF_happy', 'YAF_sad'],
      limit: 40,
    });
    for (const file of odd) await copyFile(path.join(tess, file), path.join(dir, file));
    const imported = await runCli(
      ['import', '--format', 'tess', '--name', `tess-real-${Date.now()}`, dir, '--json'],
      platform.env,
    );
    expect(imported.code, imported.stderr).toBe(0);
    const summary = imported.json() as {
      status: string;
      badFiles: number;
      sampleCount: number;
      totalFiles: number;
      problems: unknown[];
    };
    expect(summary.problems).toEqual([]);
    expect(summary.sampleCount).toBe(summary.totalFiles);

    const trained = await runCli(
      [
        'train',
        '--dataset',
        (imported.json() as { datasetName: string }).datasetName,
        '--epochs',
        '3',
        '--wait',
        '--json',
      ],
      platform.env,
    );
    expect(trained.code, platform.output() + trained.stderr).toBe(0);
    expect(trained.json()).toMatchObject({ status: 'SUCCEEDED', accuracy: expect.any(Number) });
  });

  it('imports a slice of FER2013 in the Kaggle layout and evaluates on its test images', async () => {
    const fer = path.join(DATASETS!, 'fer2013');
    const classes = await readdir(path.join(fer, 'train'));
    const dir = await copySlice({ from: fer, folders: classes.flatMap((c) => [`train/${c}`, `test/${c}`]), limit: 30 });
    const name = `fer-real-${Date.now()}`;
    const imported = await runCli(['import', '--format', 'fer2013', '--name', name, dir, '--json'], platform.env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.json()).toMatchObject({ status: 'SUCCEEDED', badFiles: 0, sampleCount: classes.length * 60 });
    const trained = await runCli(['train', '--dataset', name, '--epochs', '1', '--wait', '--json'], platform.env);
    expect(trained.code, platform.output() + trained.stderr).toBe(0);
    const { modelVersionId } = trained.json() as { modelVersionId: string };
    const evaluated = await runCli(
      ['eval', '--format', 'fer2013', path.join(dir), '--model', modelVersionId, '--json'],
      platform.env,
    );
    expect(evaluated.code, evaluated.stderr).toBe(0);
    expect(evaluated.json()).toMatchObject({ n: classes.length * 60, skipped: 0 });
  });
});
