import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, type GraphqlResult } from '../../support/clients.js';
import { startTestPlatform, type TestPlatform } from '../../support/platform.js';

/** `{ a0: health { ok } a1: health { ok } ... }` */
const aliasedHealth = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;

/** Posts a raw body and times the round trip, from sending to the parsed answer. */
async function post(
  apiUrl: string,
  options: { body: BodyInit; key?: string },
): Promise<{ status: number; result: GraphqlResult<unknown>; ms: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  const started = performance.now();
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers,
    body: options.body,
    duplex: 'half',
  } as RequestInit);
  const result = (await response.json()) as GraphqlResult<unknown>;
  return { status: response.status, result, ms: performance.now() - started };
}

/** A body sent without Content-Length (chunked), so the API only learns its size by reading it. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
      offset += 64 * 1024;
    },
  });
}

const INTROSPECTION = `query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { ...FullType } directives { name locations args { ...InputValue } } } }
  fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } isDeprecated }
    inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } }
  fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
  fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

describe('API request limits', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ trainer: false });
  });
  afterAll(() => platform.stop());

  describe('when an anonymous request is large', () => {
    // 281,787 aliased health fields, about 5.6 MB: once read and run whole, it grew the heap to 4.3 GB.
    const body = JSON.stringify({ query: aliasedHealth(281_787) });

    it('refuses it with 413 PAYLOAD_TOO_LARGE before reading it', async () => {
      expect(body.length).toBeGreaterThan(5_000_000);
      const { status, result, ms } = await post(platform.apiUrl, { body });
      expect(status).toBe(413);
      expect(result.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(result.errors?.[0]?.message).toMatch(
        /larger than 16384 bytes \(the limit for requests without a valid API key\)/,
      );
      expect(ms).toBeLessThan(1_000);
    });

    it('refuses it as soon as 16 KiB are read when no Content-Length is sent', async () => {
      const { status, result, ms } = await post(platform.apiUrl, { body: chunked(body) });
      expect(status).toBe(413);
      expect(result.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(ms).toBeLessThan(1_000);
    });

    it('treats a wrong key as no key', async () => {
      const { status, result } = await post(platform.apiUrl, { body, key: 'emo_not-a-real-key' });
      expect(status).toBe(413);
      expect(result.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('keeps answering health afterwards', async () => {
      await Promise.all(Array.from({ length: 5 }, () => post(platform.apiUrl, { body })));
      const result = await gql<{ health: { ok: boolean } }>(platform.apiUrl, { query: '{ health { ok } }' });
      expect(result.data?.health.ok).toBe(true);
    });
  });

  describe('when a request with a key is large', () => {
    it('handles a 5 MB body normally', async () => {
      const query = '{ health { ok } }';
      const { status, result } = await post(platform.apiUrl, {
        body: JSON.stringify({ query, variables: { padding: 'x'.repeat(5_000_000) } }),
        key: platform.adminKey,
      });
      expect(status).toBe(200);
      expect(result.data).toEqual({ health: { ok: true } });
    });

    it('hands a 5 MB predict to the decoder, which refuses what is not an image', async () => {
      const fileBase64 = randomBytes(3_750_000).toString('base64');
      const query = 'mutation($f: String!) { predict(input: { modality: IMAGE, fileBase64: $f }) { emotion } }';
      const { result } = await post(platform.apiUrl, {
        body: JSON.stringify({ query, variables: { f: fileBase64 } }),
        key: platform.adminKey,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a body over the upload limit with 413', async () => {
      const { status, result } = await post(platform.apiUrl, {
        body: JSON.stringify({ query: '{ health { ok } }', variables: { padding: 'x'.repeat(30_000_000) } }),
        key: platform.adminKey,
      });
      expect(status).toBe(413);
      expect(result.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(result.errors?.[0]?.message).not.toMatch(/without a valid API key/);
    });
  });

  describe('when an operation is over a limit', () => {
    it('refuses 500 aliases with GRAPHQL_VALIDATION_FAILED, even with a key', async () => {
      const result = await gql(platform.apiUrl, { query: aliasedHealth(500), key: platform.adminKey });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toMatch(/Aliases limit of 64 exceeded, found 500/);
    });

    it('refuses a query nested deeper than 12 with GRAPHQL_VALIDATION_FAILED', async () => {
      const query = `{ __type(name: "Query") { fields { type ${'{ ofType '.repeat(10)}{ name }${' }'.repeat(10)} } } }`;
      const result = await gql(platform.apiUrl, { query });
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded, found 14/);
    });

    it('refuses a query costlier than 50,000 with GRAPHQL_VALIDATION_FAILED', async () => {
      const page =
        'datasetVersion(id: "x") { samples(first: 1000) { items { id label split originalName contentPath } nextCursor totalCount } }';
      const result = await gql(platform.apiUrl, { query: `{ a: ${page} b: ${page} }`, key: platform.adminKey });
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toMatch(/Cost limit of 50000 exceeded/);
    });

    it('refuses more than 5,000 tokens with GRAPHQL_PARSE_FAILED', async () => {
      const result = await gql(platform.apiUrl, {
        query: `{ health { ${'ok '.repeat(6_000)}} }`,
        key: platform.adminKey,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(result.errors?.[0]?.message).toMatch(/Document contains more tha[nt] 5000 tokens/); // graphql-js 16 writes "that"
    });
  });

  describe('when a name is misspelt', () => {
    it.each([
      ['a field', '{ helth { ok } }', /Cannot query field "helth" on type "Query"\.$/],
      [
        'an enum value',
        'mutation { predict(input: { modality: IMAG, fileBase64: "AAAA" }) { emotion } }',
        /Value "IMAG" does not exist in "Modality" enum\.$/,
      ],
      [
        'an input field',
        'mutation { predict(input: { modality: IMAGE, fileBase6: "AAAA" }) { emotion } }',
        /Field "fileBase6" is not defined by type "PredictInput"\.$/,
      ],
    ])('names %s without suggesting the right one', async (_kind, query, message) => {
      const result = await gql(platform.apiUrl, { query, key: platform.adminKey });
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const messages = result.errors?.map((e) => e.message).join('\n') ?? '';
      expect(messages).toMatch(message);
      expect(messages).not.toMatch(/did you mean/i);
    });
  });

  describe('when operations are within the limits', () => {
    it('answers a dashboard-like query with a key', async () => {
      const result = await gql<{
        viewer: { role: string };
        datasets: unknown[];
        trainingRuns: unknown[];
        modelVersions: unknown[];
      }>(platform.apiUrl, {
        query:
          '{ viewer { role } datasets { id name modality } trainingRuns { id status datasetVersion { number sampleCount } modelVersion { id aliases } } modelVersions { id accuracy aliases } }',
        key: platform.adminKey,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.viewer.role).toBe('ADMIN');
      expect(Array.isArray(result.data?.datasets)).toBe(true);
    });

    it('answers 64 aliases, as many as one batched predict call scores', async () => {
      const result = await gql<Record<string, { ok: boolean }>>(platform.apiUrl, {
        query: aliasedHealth(64),
        key: platform.adminKey,
      });
      expect(result.errors).toBeUndefined();
      expect(Object.keys(result.data ?? {})).toHaveLength(64);
      expect(result.data?.a63?.ok).toBe(true);
    });

    it('answers the introspection query', async () => {
      const result = await gql<{ __schema: { types: { name: string }[] } }>(platform.apiUrl, { query: INTROSPECTION });
      expect(result.errors).toBeUndefined();
      expect(result.data?.__schema.types.map((t) => t.name)).toContain('Health');
    });
  });
});
