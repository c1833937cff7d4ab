#!/usr/bin/env node
// Import benchmark (issue 5): starts a fresh platform on embedded PostgreSQL and redis-server in a
// temporary data folder, imports the TESS and FER2013 copies through the CLI, and samples the
// api and trainer processes' resident memory while each import runs.
// Usage: EMOLAB_DATASETS_DIR=../shared/datasets npm run bench:import   (prints a Markdown section)
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATASETS = process.env.EMOLAB_DATASETS_DIR;
if (!DATASETS) {
  console.error('Set EMOLAB_DATASETS_DIR to the folder holding fer2013/ and tess/.');
  process.exit(1);
}
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'emolab-bench-'));
await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, which must reach its data folder
const env = {
  ...process.env,
  EMOLAB_DATA_DIR: dataDir,
  EMOLAB_API_PORT: '4700',
  EMOLAB_DASHBOARD_PORT: '3700',
  EMOLAB_API_URL: 'http://127.0.0.1:4700',
  EMOLAB_EMBEDDED_PG_PORT: '54700',
  EMOLAB_EMBEDDED_REDIS_PORT: '63700',
};
const cli = path.join(ROOT, 'apps/cli/dist/main.js');

const platform = spawn(process.execPath, [cli, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
platform.stdout.on('data', (c) => {
  log += c;
});
platform.stderr.on('data', (c) => {
  log += c;
});
const deadline = Date.now() + 120_000;
while (!/\[api\] GraphQL at/.test(log) || !/\[trainer\] waiting for jobs/.test(log)) {
  if (Date.now() > deadline || platform.exitCode !== null) throw new Error(`platform did not start:\n${log}`);
  await new Promise((r) => setTimeout(r, 250));
}

const rss = async (name) => {
  const pid = Number(await readFile(path.join(dataDir, 'run', `${name}.pid`), 'utf8'));
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

async function importDataset(format, folder, name) {
  const peak = { api: 0, trainer: 0 };
  const timer = setInterval(async () => {
    peak.api = Math.max(peak.api, await rss('api'));
    peak.trainer = Math.max(peak.trainer, await rss('trainer'));
  }, 200);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [cli, 'import', '--format', format, '--name', name, path.join(DATASETS, folder), '--json'],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
  });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  if (code !== 0) throw new Error(`import of ${folder} failed`);
  const summary = JSON.parse(out.trim().split('\n').at(-1));
  return {
    dataset: folder,
    files: summary.totalFiles,
    samples: summary.sampleCount,
    badFiles: summary.badFiles,
    duplicates: summary.duplicates,
    seconds,
    filesPerSecond: summary.totalFiles / seconds,
    peakApiMiB: peak.api,
    peakTrainerMiB: peak.trainer,
  };
}

const results = [];
try {
  results.push(await importDataset('tess', 'tess', 'bench-tess'));
  results.push(await importDataset('fer2013', 'fer2013', 'bench-fer2013'));
} finally {
  platform.kill('SIGINT');
  await new Promise((resolve) => platform.on('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
}
const load = os.loadavg()[0].toFixed(2);
console.log(
  `## Dataset import (CLI → API → trainer), ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model} x${os.cpus().length}, load ${load}\n`,
);
console.log('| dataset | files | samples | bad | duplicates | wall time | files/s | peak api RSS | peak trainer RSS |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.dataset} | ${r.files} | ${r.samples} | ${r.badFiles} | ${r.duplicates} | ${r.seconds.toFixed(1)} s | ${r.filesPerSecond.toFixed(0)} | ${r.peakApiMiB.toFixed(0)} MiB | ${r.peakTrainerMiB.toFixed(0)} MiB |`,
  );
}
console.log('\nReproduce: `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench:import` (after `npm run build`).');
