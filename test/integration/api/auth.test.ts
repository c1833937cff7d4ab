import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb } from '@emolab/core/db';
import { createApiKey } from '@emolab/core/services';
import { gql } from '../../support/clients.js';
import { faceLikeJpeg } from '../../support/fixtures.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

describe('API authentication and authorization', () => {
  let platform: TestPlatform;
  let viewerKey: string;
  beforeAll(async () => {
    platform = await startTestPlatform({ trainer: false });
    const db = createDb({ databaseUrl: inject('databaseUrl'), maxConnections: 1 });
    viewerKey = (await createApiKey({ name: 'read only', role: 'VIEWER' }, { db })).plainKey;
    await db.$disconnect();
  });
  afterAll(() => platform.stop());

  it('answers the health query without a key', async () => {
    const result = await gql<{ health: { ok: boolean; database: boolean; redis: boolean } }>(platform.apiUrl, {
      query: '{ health { ok database redis } }',
    });
    expect(result.data?.health).toEqual({ ok: true, database: true, redis: true });
  });

  describe('when no key is sent', () => {
    it('refuses data queries with UNAUTHENTICATED', async () => {
      const result = await gql(platform.apiUrl, { query: '{ datasets { id } }' });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    });

    it('refuses mutations with UNAUTHENTICATED', async () => {
      const result = await gql(platform.apiUrl, {
        query: 'mutation { predict(input: { modality: IMAGE, fileBase64: "AAAA" }) { emotion } }',
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('when the key is wrong', () => {
    it('refuses with UNAUTHENTICATED', async () => {
      const result = await gql(platform.apiUrl, { query: '{ modelVersions { id } }', key: 'emo_not-a-real-key' });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('when a viewer key tries to write', () => {
    it('refuses an import with FORBIDDEN', async () => {
      const result = await gql(platform.apiUrl, {
        query: 'mutation { createImport(input: { datasetName: "nope", modality: IMAGE, format: "fer2013" }) { id } }',
        key: viewerKey,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses a training run with FORBIDDEN', async () => {
      const result = await gql(platform.apiUrl, {
        query: 'mutation { startTrainingRun(input: { datasetName: "x" }) { id } }',
        key: viewerKey,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('lets it read', async () => {
      const result = await gql<{ viewer: { role: string } }>(platform.apiUrl, {
        query: '{ viewer { role } }',
        key: viewerKey,
      });
      expect(result.data?.viewer.role).toBe('VIEWER');
    });
  });

  describe('when an id is unknown', () => {
    it('answers NOT_FOUND for a training run on a missing dataset', async () => {
      const result = await gql(platform.apiUrl, {
        query: 'mutation { startTrainingRun(input: { datasetName: "no-such-dataset" }) { id } }',
        key: platform.adminKey,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('answers NOT_FOUND for a predict with a missing model version', async () => {
      const result = await gql(platform.apiUrl, {
        query:
          'mutation($f: String!) { predict(input: { modality: IMAGE, fileBase64: $f, modelVersionId: "missing" }) { emotion } }',
        variables: { f: (await faceLikeJpeg({ classIndex: 0, seed: 1 })).toString('base64') },
        key: platform.adminKey,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('when an admin manages keys', () => {
    it('issues a key shown once, lists it without the secret, and revokes it at once', async () => {
      const issued = await gql<{
        createApiKey: { key: { id: string; role: string; prefix: string }; plainKey: string };
      }>(platform.apiUrl, {
        query: 'mutation { createApiKey(name: "ci bot", role: TRAINER) { key { id role prefix } plainKey } }',
        key: platform.adminKey,
      });
      const { key, plainKey } = issued.data!.createApiKey;
      expect(plainKey.startsWith(key.prefix)).toBe(true);
      expect(
        (await gql<{ viewer: { role: string } }>(platform.apiUrl, { query: '{ viewer { role } }', key: plainKey })).data
          ?.viewer.role,
      ).toBe('TRAINER');
      const listed = await gql<{ apiKeys: Record<string, unknown>[] }>(platform.apiUrl, {
        query: '{ apiKeys { id name role lastUsedAt revokedAt } }',
        key: platform.adminKey,
      });
      expect(listed.data?.apiKeys.find((k) => k.id === key.id)).toMatchObject({
        name: 'ci bot',
        lastUsedAt: expect.any(String),
        revokedAt: null,
      });
      expect(JSON.stringify(listed)).not.toContain(plainKey);
      await gql(platform.apiUrl, {
        query: `mutation { revokeApiKey(id: "${key.id}") { revokedAt } }`,
        key: platform.adminKey,
      });
      expect(
        (await gql(platform.apiUrl, { query: '{ viewer { role } }', key: plainKey })).errors?.[0]?.extensions?.code,
      ).toBe('UNAUTHENTICATED');
    });

    it('refuses other roles with FORBIDDEN', async () => {
      expect(
        (await gql(platform.apiUrl, { query: '{ apiKeys { id } }', key: viewerKey })).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('when an upload has no key', () => {
    it('answers 401', async () => {
      const response = await fetch(`${platform.apiUrl}/uploads/whatever`, { method: 'POST', body: new FormData() });
      expect(response.status).toBe(401);
    });
  });
});
