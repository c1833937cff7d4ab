// Where and when a benchmark ran.
import { execSync } from 'node:child_process';
import os from 'node:os';

/** CPU, cores, memory, Node, date, git commit and the current load average. */
export function machineInfo() {
  const git = (args) => {
    try {
      return execSync(`git ${args}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown'; // not a git checkout
    }
  };
  const dirty = git('status --porcelain') ? ' (with uncommitted changes)' : '';
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
    commit: `${git('rev-parse --short HEAD')}${dirty}`,
  };
}

/** The 1-minute load average now (other work on the machine skews every figure). */
export const loadAverage = () => os.loadavg()[0].toFixed(2);

/** EMOLAB_NATIVE_BF16 as the trainer reads it: 1 bf16, 0 f32, unset or auto bf16 where the CPU has it. */
export function nativePrecisionFromEnv() {
  const value = process.env.EMOLAB_NATIVE_BF16 ?? 'auto';
  return value === '1' ? 'bf16' : value === '0' ? 'f32' : 'auto';
}
