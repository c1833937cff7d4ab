import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findFreePort } from '@emolab/core/infra';
import { ROOT } from './platform.js';

/** The built dashboard served by `next start` against a test API. */
export async function startDashboard(options: { apiUrl: string }): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = path.join(ROOT, 'apps/dashboard');
  if (!existsSync(path.join(dir, '.next/BUILD_ID')))
    throw new Error('The dashboard is not built: run `npm run build` first');
  const next = createRequire(path.join(dir, 'package.json')).resolve('next/dist/bin/next');
  const port = await findFreePort();
  const log: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, EMOLAB_API_URL: options.apiUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => log.push(c.toString()));
  child.stderr?.on('data', (c: Buffer) => log.push(c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/login`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`dashboard did not start:\n${log.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Chromium's path: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate))
    throw new Error(`Chromium not found at ${candidate}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  return candidate;
}

/** Flags for headless Chromium on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
