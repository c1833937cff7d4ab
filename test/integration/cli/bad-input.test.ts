import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, runCli } from '../../support/clients.js';
import { faceLikeJpeg, tempDir } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

describe('emolab CLI on bad input', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ trainer: false });
  });
  afterAll(() => platform.stop());

  const datasetNames = async () =>
    (
      (
        await gql<{ datasets: { name: string }[] }>(platform.apiUrl, {
          query: '{ datasets { name } }',
          key: platform.adminKey,
        })
      ).data?.datasets ?? []
    ).map((d) => d.name);

  describe('when a class folder is not an emotion', () => {
    it('exits non-zero naming the folder and creates nothing', async () => {
      const dir = await tempDir('bad-layout');
      await mkdir(path.join(dir, 'train/joyful'), { recursive: true });
      await writeFile(path.join(dir, 'train/joyful/a.jpg'), await faceLikeJpeg({ classIndex: 1, seed: 1 }));
      const result = await runCli(['import', '--format', 'fer2013', '--name', 'joyful-set', dir], platform.env);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/unknown emotion folder 'joyful'/);
      expect(await datasetNames()).not.toContain('joyful-set');
    });
  });

  describe('when the folder is empty', () => {
    it('exits non-zero saying there is nothing to import', async () => {
      const result = await runCli(
        ['import', '--format', 'tess', '--name', 'empty-set', await tempDir('empty')],
        platform.env,
      );
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/holds no audio files/);
      expect(await datasetNames()).not.toContain('empty-set');
    });
  });

  describe('when the format is unknown', () => {
    it('exits non-zero listing the formats', async () => {
      const result = await runCli(['import', '--format', 'mnist', '--name', 'x', await tempDir('x')], platform.env);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/fer2013, tess/);
    });
  });

  describe('when predict gets a file that is not an image', () => {
    it('exits non-zero with the decoding error', async () => {
      const file = path.join(await tempDir('not-image'), 'photo.jpg');
      await writeFile(file, 'plain text pretending to be a photo');
      const result = await runCli(['predict', file, '--json'], platform.env);
      expect(result.code).not.toBe(0);
      expect(result.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    });
  });

  describe('when the API key is wrong', () => {
    it('exits non-zero saying the key is not valid', async () => {
      const result = await runCli(['models'], { ...platform.env, EMOLAB_API_KEY: 'emo_wrong' });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/API key is not valid/);
    });
  });

  describe('when there is no API key at all', () => {
    it('exits non-zero saying where the key comes from', async () => {
      const env = { ...platform.env, EMOLAB_DATA_DIR: await tempDir('no-creds') };
      delete env.EMOLAB_API_KEY;
      const result = await runCli(['models'], env);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/No API key: set EMOLAB_API_KEY/);
    });
  });

  describe('when an import has no valid file', () => {
    it('marks it FAILED and creates no dataset', async () => {
      const trainer = await startTestPlatform();
      try {
        const dir = await tempDir('all-bad');
        await mkdir(path.join(dir, 'train/happy'), { recursive: true });
        await writeFile(path.join(dir, 'train/happy/a.jpg'), 'broken');
        const result = await runCli(['import', '--format', 'fer2013', '--name', 'all-bad', dir, '--json'], trainer.env);
        expect(result.code).not.toBe(0);
        expect(result.stderr).toMatch(/Import failed: None of the 1 files could be imported/);
        expect(await datasetNames()).not.toContain('all-bad');
      } finally {
        await trainer.stop();
      }
    });
  });
});
