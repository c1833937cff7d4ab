import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAiff, encodeWav, tone, type WavEncoding } from '../../support/audio-files.js';
import { gql, runCli } from '../../support/clients.js';
import { faceLikeJpeg, tempDir, writeFer2013Folder, writeTessFolder } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

type PredictResult = { predict?: { emotion: string; scores: { probability: number }[] } };

describe('predict on the inputs real users send', () => {
  let platform: TestPlatform;
  const models: Record<'IMAGE' | 'AUDIO', string> = { IMAGE: '', AUDIO: '' };
  const predict = (modality: 'IMAGE' | 'AUDIO', bytes: Buffer) =>
    gql<PredictResult>(platform.apiUrl, {
      query: 'mutation($i: PredictInput!) { predict(input: $i) { emotion scores { probability } } }',
      variables: { i: { modality, fileBase64: bytes.toString('base64'), modelVersionId: models[modality] } },
      key: platform.adminKey,
    });
  const expectPrediction = (result: Awaited<ReturnType<typeof predict>>) => {
    expect(result.errors).toBeUndefined();
    expect(result.data?.predict?.scores.reduce((a, s) => a + s.probability, 0)).toBeCloseTo(1, 5);
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const [modality, format, dir] of [
      ['IMAGE', 'fer2013', await writeFer2013Folder({ perClassTrain: 2, perClassTest: 1 })],
      ['AUDIO', 'tess', await writeTessFolder({ words: 5 })],
    ] as const) {
      const name = `formats-${format}-${Date.now()}`;
      expect((await runCli(['import', '--format', format, '--name', name, dir, '--json'], platform.env)).code).toBe(0);
      const trained = await runCli(['train', '--dataset', name, '--epochs', '1', '--wait', '--json'], platform.env);
      expect(trained.code, trained.stderr).toBe(0);
      models[modality] = trained.json().modelVersionId as string;
    }
  });
  afterAll(() => platform.stop());

  describe('when the face image is PNG, WebP, GIF, TIFF or JPEG', () => {
    it.each(['png', 'webp', 'gif', 'tiff', 'jpeg'] as const)('predicts from %s', async (format) => {
      const image = await sharp(await faceLikeJpeg({ classIndex: 3, seed: 7 }))
        .toFormat(format)
        .toBuffer();
      expectPrediction(await predict('IMAGE', image));
    });

    it('predicts from a PNG with an alpha channel through the CLI', async () => {
      const file = path.join(await tempDir('alpha'), 'face.png');
      await writeFile(
        file,
        await sharp(await faceLikeJpeg({ classIndex: 2, seed: 9 }))
          .ensureAlpha(0.5)
          .png()
          .toBuffer(),
      );
      const result = await runCli(['predict', file, '--model', models.IMAGE, '--json'], platform.env);
      expect(result.code, result.stderr).toBe(0);
      expect((result.json() as { scores: unknown[] }).scores).toHaveLength(7);
    });
  });

  describe('when the image is a photo', () => {
    // A real group photo shipped in the face-api package's demo folder (read at test time, never committed).
    const groupPhoto = () =>
      readFile(
        path.join(
          path.dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')),
          'demo',
          'sample1.jpg',
        ),
      );
    type FacesResult = {
      predict: {
        emotion: string;
        faces: {
          box: { x: number; y: number; width: number; height: number };
          emotion: string;
          scores: { probability: number }[];
        }[];
      };
    };

    it('finds every face, largest first, each with its own emotion, the largest one reported for the image', async () => {
      const result = await gql<FacesResult>(platform.apiUrl, {
        query:
          'mutation($i: PredictInput!) { predict(input: $i) { emotion faces { box { x y width height } emotion scores { probability } } } }',
        variables: {
          i: { modality: 'IMAGE', fileBase64: (await groupPhoto()).toString('base64'), modelVersionId: models.IMAGE },
        },
        key: platform.adminKey,
      });
      expect(result.errors).toBeUndefined();
      const faces = result.data!.predict.faces;
      expect(faces.length).toBeGreaterThanOrEqual(2);
      const areas = faces.map((f) => f.box.width * f.box.height);
      expect(areas).toEqual([...areas].sort((a, b) => b - a));
      for (const f of faces) expect(f.scores.reduce((a, x) => a + x.probability, 0)).toBeCloseTo(1, 5);
      expect(result.data!.predict.emotion).toBe(faces[0]!.emotion);
    });

    it('answers NO_FACE for a photo without a face, never a guess', async () => {
      const blank = await sharp({
        create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 120, b: 150 } },
      })
        .jpeg()
        .toBuffer();
      const result = await predict('IMAGE', blank);
      expect(result.errors?.[0]?.extensions?.code).toBe('NO_FACE');
      expect(result.data ?? null).toBeNull();
    });
  });

  describe('when the WAV encoding, rate or channel count varies', () => {
    const cases = (['u8', 's16', 's24', 'f32'] as WavEncoding[]).flatMap((encoding) =>
      [8_000, 16_000, 44_100, 48_000].flatMap((rate) => [1, 2].map((channels) => ({ encoding, rate, channels }))),
    );
    it.each(cases)(
      'predicts from $encoding at $rate Hz with $channels channel(s)',
      async ({ encoding, rate, channels }) => {
        const wav = encodeWav({
          channels: tone({ hz: 330, seconds: 0.8, sampleRate: rate, channels }),
          sampleRate: rate,
          encoding,
        });
        expectPrediction(await predict('AUDIO', wav));
      },
    );

    it('predicts from AIFF data behind a .wav name through the CLI', async () => {
      const file = path.join(await tempDir('aiff'), 'YAF_germ_angry.wav');
      await writeFile(
        file,
        encodeAiff({ samples: tone({ hz: 300, seconds: 0.8, sampleRate: 24_414 })[0]!, sampleRate: 24_414 }),
      );
      const result = await runCli(['predict', file, '--model', models.AUDIO, '--json'], platform.env);
      expect(result.code, result.stderr).toBe(0);
    });
  });

  describe('when the recording is long (microphone)', () => {
    it('predicts per window and for the whole clip', async () => {
      const wav = encodeWav({
        channels: tone({ hz: 250, seconds: 20, sampleRate: 16_000 }),
        sampleRate: 16_000,
        encoding: 's16',
      });
      const result = await gql<{
        predict: {
          scores: { probability: number }[];
          windows: { startSeconds: number; endSeconds: number; scores: { probability: number }[] }[];
        };
      }>(platform.apiUrl, {
        query:
          'mutation($i: PredictInput!) { predict(input: $i) { scores { probability } windows { startSeconds endSeconds scores { probability } } } }',
        variables: { i: { modality: 'AUDIO', fileBase64: wav.toString('base64'), modelVersionId: models.AUDIO } },
        key: platform.adminKey,
      });
      expect(result.errors).toBeUndefined();
      const windows = result.data!.predict.windows;
      expect(windows.length).toBeGreaterThanOrEqual(10);
      expect(windows[0]!.startSeconds).toBe(0);
      expect(windows.at(-1)!.endSeconds).toBeCloseTo(20, 1);
      for (const w of windows) expect(w.scores.reduce((a, s) => a + s.probability, 0)).toBeCloseTo(1, 5);
      expect(result.data!.predict.scores.reduce((a, s) => a + s.probability, 0)).toBeCloseTo(1, 5);
    });
  });

  describe('when the payload cannot be decoded', () => {
    it.each([
      [
        'a truncated WAV',
        'AUDIO',
        () =>
          encodeWav({
            channels: tone({ hz: 300, seconds: 0.5, sampleRate: 16_000 }),
            sampleRate: 16_000,
            encoding: 's16',
          }).subarray(0, 30),
      ],
      ['a text file as audio', 'AUDIO', () => Buffer.from('hello, this is not audio at all')],
      ['a text file as an image', 'IMAGE', () => Buffer.from('hello, this is not an image either')],
      ['an empty file', 'IMAGE', () => Buffer.alloc(0)],
    ] as const)('answers BAD_USER_INPUT for %s', async (_name, modality, bytes) => {
      const result = await predict(modality, bytes());
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
