// npm run bench [-- --only=speed|tess|workers|precision|fer|fer-best|fer-max|libraries|generalisation] [-- --skip-pytorch] [-- --no-budget] [-- --json]: measures and writes BENCHMARKS.md.
// Without --only, fer-best (90 min) and fer-max (hours) are not run: each needs its own --only.
// Each section's results are also kept under <tmp>/emolab-bench/, so `--only=speed` keeps the last
// accuracy sections (with its own date and load) instead of retraining for an hour.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backendLabel, initBackend } from '@emolab/ml/backend';
import {
  ferSection,
  generalisationRun,
  librariesSection,
  precisionSection,
  tessSection,
  workersSection,
} from './accuracy-section.mjs';
import { loadAverage, machineInfo, nativePrecisionFromEnv } from './machine-info.mjs';
import { renderMarkdown } from './render-markdown.mjs';
import { speedJson, speedSection } from './speed-section.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const log = (line) => console.log(line);
const cacheDir = join(tmpdir(), 'emolab-bench');
mkdirSync(cacheDir, { recursive: true });

// EMOLAB_NATIVE_BF16 as for the trainer (default auto: bf16 convolutions where the CPU has them).
const backend = backendLabel(await initBackend({ prefer: 'wasm', nativePrecision: nativePrecisionFromEnv() }));
log(`backend ${backend}, load ${loadAverage()}`);

/** Sections that only run when named with --only (they take hours). */
const LONG_SECTIONS = ['fer-best', 'fer-max'];

async function section(name, measure) {
  const file = join(cacheDir, `${name}.json`);
  if ((only && only !== name) || (!only && LONG_SECTIONS.includes(name)))
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const result = { startedAt: new Date().toISOString(), loadAtStart: loadAverage(), ...(await measure()) };
  writeFileSync(file, JSON.stringify(result, null, 2));
  return result;
}

const speed = await section('speed', () => speedSection({ skipPytorch: args.includes('--skip-pytorch'), log }));
const datasetsDir = process.env.EMOLAB_DATASETS_DIR;
const tess = await section('tess', async () => ({
  rows: datasetsDir ? await tessSection({ datasetsDir, log }) : undefined,
}));
const workers = await section('workers', async () => ({
  rows: datasetsDir ? await workersSection({ datasetsDir, log }) : undefined,
}));
const precision = await section('precision', async () => ({
  rows: datasetsDir ? await precisionSection({ datasetsDir, log }) : undefined,
}));
const noBudget = args.includes('--no-budget');
const fer = {};
for (const [name, recipeName] of [
  ['fer', 'fer-fast'],
  ['fer-best', 'fer-best'],
  ['fer-max', 'fer-max'],
]) {
  fer[recipeName] = await section(name, async () => ({
    rows: datasetsDir ? await ferSection({ datasetsDir, recipeName, noBudget, log, cacheDir }) : undefined,
  }));
}
const libraries = await section('libraries', async () => ({
  rows: datasetsDir ? await librariesSection({ datasetsDir, log }) : undefined,
}));
const generalisation = await section('generalisation', async () =>
  datasetsDir ? await generalisationRun({ datasetsDir, cacheDir, log }) : {},
);
// The import section (bench:import) is pasted in by hand from its own run; keep it across regenerations.
const markdownFile = new URL('../BENCHMARKS.md', import.meta.url);
const previous = existsSync(markdownFile) ? readFileSync(markdownFile, 'utf8') : '';
const importSection = previous.includes('\n## Dataset import')
  ? previous.slice(previous.indexOf('\n## Dataset import') + 1)
  : '';
writeFileSync(
  markdownFile,
  renderMarkdown({
    machine: machineInfo(),
    backend,
    speed,
    accuracy: [tess, fer['fer-fast'], fer['fer-best'], fer['fer-max']],
    workers,
    precision,
    libraries,
    generalisation,
  }) + (importSection ? `\n${importSection}` : ''),
);
log('wrote BENCHMARKS.md');
// --json: the speed figures as one JSON object on the last line, for scripts.
if (args.includes('--json')) console.log(JSON.stringify(speedJson(speed)));
