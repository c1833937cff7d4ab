import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './platform.js';

/** A GraphQL response as clients see it. */
export interface GraphqlResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts one GraphQL operation with an optional API key. */
export async function gql<T = Record<string, unknown>>(
  apiUrl: string,
  options: { query: string; variables?: Record<string, unknown>; key?: string },
): Promise<GraphqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: options.query, variables: options.variables }),
  });
  return (await response.json()) as GraphqlResult<T>;
}

/** The result of one CLI invocation. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json: () => Record<string, unknown>;
}

/** Runs the built `emolab` CLI as a real process. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'apps/cli/dist/main.js'), ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      resolve({
        code: code ?? 1,
        stdout,
        stderr,
        json: () => JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>,
      }),
    );
  });
}
