import os from 'node:os';

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
  };
}
