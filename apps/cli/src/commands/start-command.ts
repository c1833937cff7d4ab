import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import type { Config } from '@emolab/core/config';
import { writePlatformFile } from '@emolab/core/infra';
import { CliError } from '../cli-error.js';
import { prepareServices } from '../platform/prepare-services.js';
import { spawnApp, stopApp } from '../platform/spawn-app.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

function appCommands(config: Config) {
  const dashboardDir = path.join(ROOT, 'apps/dashboard');
  if (!existsSync(path.join(dashboardDir, '.next/BUILD_ID')))
    throw new CliError('The dashboard is not built: run `npm run build` (npm start does it for you).');
  const next = createRequire(path.join(dashboardDir, 'package.json')).resolve('next/dist/bin/next');
  return [
    { name: 'api', command: process.execPath, args: [path.join(ROOT, 'apps/api/dist/main.js')], cwd: ROOT },
    { name: 'trainer', command: process.execPath, args: [path.join(ROOT, 'apps/trainer/dist/main.js')], cwd: ROOT },
    {
      name: 'dashboard',
      command: process.execPath,
      args: [next, 'start', '-p', String(config.EMOLAB_DASHBOARD_PORT), '-H', config.EMOLAB_HOST],
      cwd: dashboardDir,
    },
  ];
}

/** `emolab start`: the whole platform on embedded defaults; Ctrl-C stops everything it started. */
export async function startCommand(config: Config): Promise<void> {
  const apps = appCommands(config);
  const services = await prepareServices(config);
  const runDir = path.join(config.dataDir, 'run');
  await mkdir(runDir, { recursive: true });
  const env = {
    ...process.env,
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    EMOLAB_API_URL: `http://127.0.0.1:${config.EMOLAB_API_PORT}`,
    EMOLAB_DATA_DIR: config.dataDir,
  };
  const children = new Map<string, ChildProcess>();
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('[emolab] stopping...');
    const started = Date.now();
    await Promise.all(
      [...children].map(([name, child]) =>
        stopApp(child).then(() => console.log(`[emolab] ${name} stopped after ${Date.now() - started} ms`)),
      ),
    );
    await services.stop();
    console.log(`[emolab] database and queue stopped after ${Date.now() - started} ms`);
    await rm(runDir, { recursive: true, force: true });
    process.exit(code);
  };
  for (const [name, pid] of Object.entries(services.pids))
    if (pid) await writeFile(path.join(runDir, `${name}.pid`), `${pid}\n`);
  await writePlatformFile(config.dataDir, {
    databaseUrl: services.databaseUrl,
    redisUrl: services.redisUrl,
    queuePrefix: config.EMOLAB_QUEUE_PREFIX,
  });
  for (const app of apps) {
    const child = spawnApp({ ...app, env });
    children.set(app.name, child);
    if (child.pid) await writeFile(path.join(runDir, `${app.name}.pid`), `${child.pid}\n`);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`[emolab] ${app.name} exited (${signal ?? `code ${code}`}); stopping the platform`);
      void shutdown(1);
    });
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const host = config.EMOLAB_HOST === '0.0.0.0' ? '127.0.0.1' : config.EMOLAB_HOST;
  console.log(
    [
      '',
      'Emolab is starting:',
      `  GraphQL API  http://${host}:${config.EMOLAB_API_PORT}/graphql`,
      `  Dashboard    http://${host}:${config.EMOLAB_DASHBOARD_PORT}`,
      `  Admin key    ${services.credentialsPath}${services.credentialsCreated ? ' (new)' : ''}`,
      `  Database     ${config.DATABASE_URL ? 'DATABASE_URL' : `embedded PostgreSQL in ${path.join(config.dataDir, 'postgres')}`}`,
      `  Redis        ${config.REDIS_URL ? 'REDIS_URL' : `redis-server in ${path.join(config.dataDir, 'redis')}`}`,
      'More trainers: `npm run trainer` (here or with DATABASE_URL and REDIS_URL elsewhere). Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
}
