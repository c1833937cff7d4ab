import path from 'node:path';
import { ROOT } from './platform.js';
import { type ProcessResult, runNodeProcess } from './run-process.js';

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
export interface CliResult extends ProcessResult {
  json: () => Record<string, unknown>;
}

/** Runs the built `emolab` CLI as a real process. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const result = await runNodeProcess([path.join(ROOT, 'apps/cli/dist/main.js'), ...args], env);
  return {
    ...result,
    json: () => JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>,
  };
}
