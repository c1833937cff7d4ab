import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';

export interface RedisServerOptions {
  /** Folder for Redis' append-only file; omit for a throwaway, memory-only server. */
  dir?: string;
  port: number;
  log?: (message: string) => void;
}

/** A running redis-server child process. */
export interface RunningRedis {
  redisUrl: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Thrown when redis-server is not installed; the message says how to fix it. */
export const REDIS_MISSING_MESSAGE = [
  'redis-server was not found on the PATH. Emolab needs Redis for its job queue. Either:',
  '  - install it: Debian/Ubuntu `sudo apt-get install redis-server`, macOS `brew install redis`, Fedora `sudo dnf install redis`; or',
  '  - point Emolab at a running Redis: `REDIS_URL=redis://host:6379 npm start`.',
].join('\n');

/** Spawns redis-server from the PATH on a loopback port and waits until it answers. */
export async function startRedisServer(options: RedisServerOptions): Promise<RunningRedis> {
  const args = ['--port', String(options.port), '--bind', '127.0.0.1', '--save', '', '--protected-mode', 'yes'];
  if (options.dir) {
    await mkdir(options.dir, { recursive: true });
    args.push('--dir', options.dir, '--appendonly', 'yes');
  } else {
    args.push('--appendonly', 'no');
  }
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => options.log?.(chunk.toString().trim()));
  child.stderr?.on('data', (chunk: Buffer) => options.log?.(chunk.toString().trim()));
  await waitUntilReady({ child, port: options.port });
  return { redisUrl: `redis://127.0.0.1:${options.port}`, pid: child.pid, stop: () => stopChild(child) };
}

function waitUntilReady(options: { child: ChildProcess; port: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 15_000;
    options.child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(REDIS_MISSING_MESSAGE) : error),
    );
    options.child.once('exit', (code) =>
      reject(new Error(`redis-server exited with code ${code} (port ${options.port} in use?)`)),
    );
    const attempt = () => {
      const socket = net.connect(options.port, '127.0.0.1');
      socket.once('connect', () => {
        socket.write('PING\r\n');
        socket.once('data', () => {
          socket.destroy();
          resolve();
        });
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error('redis-server did not start within 15 s'));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
