import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';

const require = createRequire(import.meta.url);

function packageVersion(name: string): string | null {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return null; // not installed (optional backends)
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 2_000 })
      .toString()
      .trim();
  } catch {
    return null; // installed from a tarball, or git is missing
  }
}

const commit = gitCommit();

/** Where a run ran: recorded with every run so results can be compared fairly. */
export function describeEnvironment(options: { backend: string; workers: number }): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    backend: options.backend,
    workers: options.workers,
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryBytes: os.totalmem(),
    hostname: os.hostname(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    pid: process.pid,
    gitCommit: commit,
    packages: Object.fromEntries(
      [
        '@tensorflow/tfjs',
        '@tensorflow/tfjs-backend-wasm',
        '@tensorflow/tfjs-node',
        '@tensorflow/tfjs-node-gpu',
        'sharp',
        'meyda',
      ].map((p) => [p, packageVersion(p)]),
    ),
  };
}
