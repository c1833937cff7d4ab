import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { c as createTar } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, runCli } from '../../support/clients.js';
import { faceLikeJpeg, tempDir, writeFer2013Folder, writeTessFolder } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

type Summary = {
  status: string;
  sampleCount: number;
  badFiles: number;
  duplicates: number;
  conflicts: { paths: string[]; labels: string[] }[];
};
type Counts = { label: string | null; split: string; count: number }[];

describe('importing the layouts users arrive with', () => {
  let platform: TestPlatform;
  const counts = async (name: string) =>
    (
      await gql<{ datasets: { name: string; labelCounts: Counts }[] }>(platform.apiUrl, {
        query: '{ datasets { name labelCounts { label split count } } }',
        key: platform.adminKey,
      })
    ).data!.datasets.find((d) => d.name === name)!.labelCounts;
  const total = (c: Counts, where: Partial<Counts[number]>) =>
    c
      .filter((x) => Object.entries(where).every(([k, v]) => x[k as keyof typeof x] === v))
      .reduce((n, x) => n + x.count, 0);
  const importDir = async (args: string[]) => {
    const result = await runCli(['import', ...args, '--json'], platform.env);
    expect(result.code, result.stderr).toBe(0);
    return result.json() as Summary;
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.stop());

  describe('when classes are plain folders with synonyms, at any depth', () => {
    it('matches the names case-insensitively and splits 80/10/10 by path', async () => {
      const root = await tempDir('folders');
      for (const [i, folder] of ['photos/Anger', 'photos/HAPPINESS', 'photos/surprised', 'photos/fearful'].entries()) {
        await mkdir(path.join(root, folder), { recursive: true });
        for (let j = 0; j < 10; j += 1)
          await writeFile(
            path.join(root, folder, `${j}.jpg`),
            await faceLikeJpeg({ classIndex: i, seed: i * 100 + j }),
          );
      }
      const name = `folders-${Date.now()}`;
      expect(await importDir(['--format', 'folders', '--modality', 'image', '--name', name, root])).toMatchObject({
        status: 'SUCCEEDED',
        sampleCount: 40,
      });
      const c = await counts(name);
      expect(['ANGRY', 'HAPPY', 'SURPRISE', 'FEAR'].map((label) => total(c, { label }))).toEqual([10, 10, 10, 10]);
      expect(total(c, { split: 'TRAIN' })).toBeGreaterThan(20);
    });

    it('refuses without --modality', async () => {
      const result = await runCli(['import', '--format', 'folders', '--name', 'x', await tempDir('x')], platform.env);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/needs --modality image or --modality audio/);
    });
  });

  describe('when the files are unlabeled', () => {
    it('imports them without labels and a run on them fails with a clear reason', async () => {
      const root = await tempDir('unlabeled');
      for (let j = 0; j < 5; j += 1)
        await writeFile(path.join(root, `frame-${j}.png`), await faceLikeJpeg({ classIndex: j, seed: j }));
      const name = `unlabeled-${Date.now()}`;
      expect(await importDir(['--format', 'unlabeled', '--modality', 'image', '--name', name, root])).toMatchObject({
        sampleCount: 5,
      });
      expect(await counts(name)).toEqual([{ label: null, split: 'UNASSIGNED', count: 5 }]);
      const trained = await runCli(['train', '--dataset', name, '--epochs', '1', '--wait'], platform.env);
      expect(trained.code).not.toBe(0);
      expect(trained.stderr).toMatch(/no labeled training samples/);
    });
  });

  describe('when the dataset comes as an archive', () => {
    it('imports a .zip of a FER2013 folder', async () => {
      const dir = await writeFer2013Folder({ perClassTrain: 2, perClassTest: 1 });
      const zip = new AdmZip();
      zip.addLocalFolder(dir, 'fer2013');
      const file = path.join(await tempDir('zip'), 'fer.zip');
      zip.writeZip(file);
      expect(await importDir(['--format', 'fer2013', '--name', `zip-${Date.now()}`, file])).toMatchObject({
        status: 'SUCCEEDED',
        sampleCount: 21,
      });
    });

    it('imports a .tar.gz of a TESS folder', async () => {
      const dir = await writeTessFolder({ words: 3 });
      const file = path.join(await tempDir('tgz'), 'tess.tar.gz');
      await createTar({ gzip: true, file, cwd: dir }, ['.']);
      expect(await importDir(['--format', 'tess', '--name', `tgz-${Date.now()}`, file])).toMatchObject({
        status: 'SUCCEEDED',
        sampleCount: 21,
      });
    });
  });

  describe("when the dataset is FER2013's CSV", () => {
    it('keeps Training, PublicTest and PrivateTest as train, validation and test', async () => {
      const pixels = (seed: number) => Array.from({ length: 48 * 48 }, (_, i) => (i * 7 + seed * 13) % 256).join(' ');
      const rows = ['emotion,pixels,Usage'];
      for (const [usage, n] of [
        ['Training', 3],
        ['PublicTest', 2],
        ['PrivateTest', 1],
      ] as const) {
        for (let e = 0; e < 7; e += 1)
          for (let i = 0; i < n; i += 1) rows.push(`${e},${pixels(e * 10 + i + usage.length)},${usage}`);
      }
      const file = path.join(await tempDir('csv'), 'fer2013.csv');
      await writeFile(file, `${rows.join('\n')}\n`);
      const name = `csv-${Date.now()}`;
      expect(await importDir(['--format', 'fer2013', '--name', name, file])).toMatchObject({
        status: 'SUCCEEDED',
        sampleCount: 42,
      });
      const c = await counts(name);
      expect([total(c, { split: 'TRAIN' }), total(c, { split: 'VALIDATION' }), total(c, { split: 'TEST' })]).toEqual([
        21, 14, 7,
      ]);
      expect(total(c, { label: 'NEUTRAL' })).toBe(6); // CSV class 6 is neutral
    });
  });

  describe('when an upload was interrupted', () => {
    it('resumes, sending only the files the server does not hold yet', async () => {
      const dir = await writeFer2013Folder({ perClassTrain: 2, perClassTest: 1 });
      const name = `resume-${Date.now()}`;
      const created = await gql<{ createImport: { id: string } }>(platform.apiUrl, {
        query: `mutation { createImport(input: { datasetName: "${name}", modality: IMAGE, format: "fer2013" }) { id } }`,
        key: platform.adminKey,
      });
      const id = created.data!.createImport.id;
      const form = new FormData();
      for (const file of ['train/happy/train_happy_0.jpg', 'train/sad/train_sad_1.jpg'])
        form.append('file', new Blob([await readFile(path.join(dir, file))]), file);
      expect(
        (
          await fetch(`${platform.apiUrl}/uploads/${id}`, {
            method: 'POST',
            body: form,
            headers: { authorization: `Bearer ${platform.adminKey}` },
          })
        ).status,
      ).toBe(200);
      const result = await runCli(['import', '--format', 'fer2013', '--name', name, dir, '--resume', id], platform.env);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/2 files already uploaded, 19 to go/);
      expect(result.stdout).toMatch(/Imported 21 of 21 files/);
    });
  });

  describe('when a version is exported', () => {
    it('writes split/label folders that import back as the same samples, or a zip', async () => {
      const name = `export-${Date.now()}`;
      const summary = (await importDir([
        '--format',
        'fer2013',
        '--name',
        name,
        await writeFer2013Folder({ perClassTrain: 2, perClassTest: 1 }),
      ])) as Summary & { datasetVersionId: string };
      const out = path.join(await tempDir('export'), 'out');
      const exported = await runCli(['export-dataset', summary.datasetVersionId, out, '--json'], platform.env);
      expect(exported.code, exported.stderr).toBe(0);
      expect((await readdir(path.join(out, 'train', 'happy'))).length).toBe(2);
      expect(await importDir(['--format', 'fer2013', '--name', `${name}-again`, out])).toMatchObject({
        sampleCount: 21,
        badFiles: 0,
      });
      const zipFile = path.join(await tempDir('export'), 'out.zip');
      expect((await runCli(['export-dataset', summary.datasetVersionId, zipFile], platform.env)).code).toBe(0);
      expect(new AdmZip(zipFile).getEntries().filter((e) => !e.isDirectory)).toHaveLength(21);
    });
  });

  describe('when byte-identical files carry different labels', () => {
    it('stores the content once and flags the conflict for review', async () => {
      const dir = await writeFer2013Folder({ perClassTrain: 2, perClassTest: 1 });
      await copyFile(path.join(dir, 'train/happy/train_happy_0.jpg'), path.join(dir, 'train/sad/copy-of-happy.jpg'));
      await copyFile(path.join(dir, 'train/angry/train_angry_0.jpg'), path.join(dir, 'train/angry/copy-of-angry.jpg'));
      const summary = await importDir(['--format', 'fer2013', '--name', `dupes-${Date.now()}`, dir]);
      expect(summary.duplicates).toBe(2);
      expect(summary.conflicts).toEqual([
        {
          blobHash: expect.any(String),
          paths: expect.arrayContaining(['train/sad/copy-of-happy.jpg', 'train/happy/train_happy_0.jpg']),
          labels: expect.arrayContaining(['HAPPY', 'SAD']),
        },
      ]);
    });
  });
});
