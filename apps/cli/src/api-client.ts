import { openAsBlob } from 'node:fs';
import path from 'node:path';
import type { Config } from '@emolab/core/config';
import { readCredentialsFile } from '@emolab/core/services';
import { CliError } from './cli-error.js';

/** A GraphQL and upload client for the Emolab API. */
export interface ApiClient {
  url: string;
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  upload(importJobId: string, files: { absolutePath: string; relativePath: string }[]): Promise<UploadResult>;
  /** GETs an API path (e.g. a sample's content) with the key. */
  download(apiPath: string): Promise<Buffer>;
}

export interface UploadResult {
  stored: number;
  skipped: string[];
  rejected: { path: string; reason: string }[];
}

type GraphqlResponse<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new CliError(
      `Cannot reach the Emolab API at ${url} (${(error as Error).cause ?? (error as Error).message}). Is it running? Start it with \`npm start\` or set EMOLAB_API_URL.`,
      'UNREACHABLE',
    );
  }
}

/** Builds a client from EMOLAB_API_URL and EMOLAB_API_KEY, falling back to the key in `.data/credentials`. */
export async function createApiClient(config: Config): Promise<ApiClient> {
  const key = config.EMOLAB_API_KEY ?? (await readCredentialsFile(path.join(config.dataDir, 'credentials')));
  if (!key) {
    throw new CliError(
      `No API key: set EMOLAB_API_KEY, or run this from the folder where \`npm start\` wrote ${path.join(config.dataDir, 'credentials')}.`,
      'UNAUTHENTICATED',
    );
  }
  const base = config.EMOLAB_API_URL.replace(/\/+$/, '');
  const auth = { authorization: `Bearer ${key}` };
  return {
    url: base,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await request(`${base}/graphql`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json().catch(() => ({}))) as GraphqlResponse<T>;
      const error = body.errors?.[0];
      if (error) throw new CliError(error.message, error.extensions?.code ?? 'ERROR');
      if (!body.data) throw new CliError(`The API answered HTTP ${response.status} without data`);
      return body.data;
    },
    async download(apiPath) {
      const response = await request(`${base}${apiPath}`, { headers: auth });
      if (!response.ok) throw new CliError(`GET ${apiPath} failed with HTTP ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    },
    async upload(importJobId, files) {
      const form = new FormData();
      for (const file of files) form.append('file', await openAsBlob(file.absolutePath), file.relativePath);
      const response = await request(`${base}/uploads/${importJobId}`, { method: 'POST', headers: auth, body: form });
      const body = (await response.json().catch(() => ({}))) as UploadResult & {
        error?: { code: string; message: string };
      };
      if (!response.ok || body.error)
        throw new CliError(body.error?.message ?? `Upload failed with HTTP ${response.status}`, body.error?.code);
      return body;
    },
  };
}
