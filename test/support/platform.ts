import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { findFreePort } from '@emolab/core/infra';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A running api + trainer pair on the test services, with its own queue prefix. */
export interface TestPlatform {
  apiUrl: string;
  adminKey: string;
  env: NodeJS.ProcessEnv;
  output: () => string;
  /** Starts one more trainer process on the same queues (extra env on top). */
  startTrainer(env?: NodeJS.ProcessEnv): ChildProcess;
  stop(): Promise<void>;
}

function startProcess(script: string, env: NodeJS.ProcessEnv, log: string[]): ChildProcess {
  const child = spawn(process.execPath, [path.join(ROOT, script)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  return child;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function waitForHealth(apiUrl: string, log: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ health { ok } }"}',
      });
      if (response.ok && ((await response.json()) as { data?: { health?: { ok?: boolean } } }).data?.health?.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`API did not become healthy:\n${log.join('')}`);
}

/** Starts the built api and trainer as real processes against the test PostgreSQL and Redis. */
export async function startTestPlatform(
  options: { trainer?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<TestPlatform> {
  const port = await findFreePort();
  const apiUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    EMOLAB_API_PORT: String(port),
    EMOLAB_API_URL: apiUrl,
    EMOLAB_QUEUE_PREFIX: `test-${randomUUID().slice(0, 8)}`,
    EMOLAB_API_KEY: inject('adminKey'),
    ...options.env,
  };
  const log: string[] = [];
  const children = [startProcess('apps/api/dist/main.js', env, log)];
  if (options.trainer !== false) children.push(startProcess('apps/trainer/dist/main.js', env, log));
  await waitForHealth(apiUrl, log);
  return {
    apiUrl,
    adminKey: inject('adminKey'),
    env,
    output: () => log.join(''),
    startTrainer: (extra = {}) => {
      const child = startProcess('apps/trainer/dist/main.js', { ...env, ...extra }, log);
      children.push(child);
      return child;
    },
    stop: async () => {
      await Promise.all(children.map(stopProcess));
    },
  };
}
