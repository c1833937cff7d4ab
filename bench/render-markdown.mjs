import { BENCHMARK_NOTES } from './benchmark-notes.mjs';
import { targetRows, workerParity } from './targets.mjs';
// BENCHMARKS.md from a benchmark report.

const REPRODUCE = [
  '## Reproduce',
  '',
  'Every section caches its results under the OS temp folder (`emolab-bench/`), so one section can be rerun alone and the file keeps the others, each with its own date and load.',
  '',
  '| figures | command |',
  '|---|---|',
  '| training and inference throughput, PyTorch yardstick, kernel profile, audio clips/s | `npm run bench -- --only=speed` |',
  '| tess-fast accuracy (word-disjoint and speaker-independent) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench -- --only=tess` |',
  '| 1 vs 2 workers accuracy (~12 min) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench -- --only=workers` |',
  '| fer-fast accuracy (~15 min) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench -- --only=fer` |',
  '| fer-fast and fer-best accuracy (~55 min) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench -- --only=fer --long` |',
  '| the blur ceiling check in PyTorch (after a fer run filled the cache) | `/usr/bin/python3 bench/pytorch_blur_check.py 10` |',
  '| dataset import (section below) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench:import` |',
  '',
];
const f = (value, digits = 1) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const pct = (value) => (typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : 'n/a');

function trainingTable(report) {
  const lines = [
    `Training images/s, batch 64, synthetic 48x48 images, median of 3 epochs after a warm-up epoch, ${report.stepsPerEpoch ?? 'n/a'} steps per epoch (1-minute load average when this section started: ${report.loads.training}; PyTorch section: ${report.loads.pytorch}).`,
    '',
    '| model (recipe) | tfjs 1 worker | tfjs 2 workers | 2w / 1w | est. FER2013 epoch, 2 workers | PyTorch as installed | tfjs 2w / PyTorch as installed | PyTorch OpenBLAS + allocator | tfjs 2w / PyTorch tuned |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of report.training) {
    lines.push(`| ${r.preset} (${r.recipe}) | ${f(r.workers1)} | ${f(r.workers2)} | ${f(r.speedup, 2)}x | ${f(r.ferEpochSeconds, 0)} s | ${f(r.pytorchAsInstalled)} | ${f(r.workers2 / r.pytorchAsInstalled, 2)} | ${f(r.pytorchTuned)} | ${f(r.workers2 / r.pytorchTuned, 2)} |`);
  }
  const torch = report.pytorch?.error ? `PyTorch: ${report.pytorch.error}.` : `PyTorch ${report.pytorch?.version} (Debian python3-torch), 2 threads, same layers, Adam, random tensors (no data loading); "as installed" uses Debian's reference BLAS, "tuned" libopenblas0-pthread plus MALLOC_MMAP_THRESHOLD_/MALLOC_TRIM_THRESHOLD_/MALLOC_TOP_PAD_ from shared/NOTES.md.`;
  return [...lines, '', torch, 'tfjs figures include batch packing and the optimizer update; with 2 workers the main thread feeds batches and the two workers average gradients every step.'];
}

function accuracyTable(sections) {
  const measured = sections.filter((s) => s?.rows);
  if (measured.length === 0) return ['Not measured: set EMOLAB_DATASETS_DIR (add --long for fer-best).'];
  const lines = [
    'FER2013 recipes train with 2 workers; every row gives the 1-minute load average when it started. FER2013 models record their training images\' blur (Gaussian sigma in px, "training blur") and blur each test input up to it before predicting; the last column scores the same weights on the test images as they are.',
    '',
    '| recipe | data | accuracy | macro-F1 | training time | epochs | load at start | measured | training blur | accuracy without blur matching |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of measured.flatMap((s) => s.rows.map((row) => ({ ...row, at: row.measuredAt ?? s.startedAt })))) {
    const blur = r.inputBlurSigma ? `${f(r.inputBlurSigma, 2)} px` : 'sharp';
    lines.push(`| ${r.recipe}${r.version ? ` v${r.version}` : ''} | ${r.dataset} | ${pct(r.accuracy)} | ${f(r.macroF1, 3)} | ${f(r.trainingSeconds, 0)} s${r.stoppedByBudget ? ' (stopped by time budget)' : ''} | ${r.epochs} | ${r.load} | ${r.at} | ${r.modality === 'AUDIO' || !r.recipe.startsWith('fer') ? 'n/a' : blur} | ${r.inputBlurSigma ? pct(r.accuracyWithoutBlurMatch) : 'n/a'} |`);
  }
  return lines;
}

function workersLines(workers) {
  if (!workers?.rows) return [];
  const parity = workerParity(workers.rows);
  return [
    '### 1 vs 2 workers',
    '',
    `fer-fast defaults for ${workers.rows[0].epochs} epochs on every ${workers.rows[0].everyNth === 2 ? '2nd' : `${workers.rows[0].everyNth}th`} FER2013 train image (${workers.rows[0].trainImages}), scored on the test split; same seeds with 1 and 2 workers (measured from ${workers.startedAt}).`,
    '',
    '| seed | workers | test accuracy | macro-F1 | training time | images/s | load at start |',
    '|---|---|---|---|---|---|---|',
    ...workers.rows.map((r) => `| ${r.seed} | ${r.workers} | ${pct(r.accuracy)} | ${f(r.macroF1, 3)} | ${f(r.trainingSeconds, 0)} s | ${f(r.imagesPerSecond, 0)} | ${r.load} |`),
    '',
    `Mean: ${pct(parity.one)} with 1 worker, ${pct(parity.two)} with 2; the seeds alone move accuracy by up to ${(parity.noise * 100).toFixed(1)} points.`,
    '',
  ];
}

function profileLines(speed) {
  if (!speed.profile) return [];
  return [
    '## Where a training step goes',
    '',
    `tf.profile of ${speed.profiled ?? 'cnn-small'} training steps, batch 64, one worker (load ${speed.loads.profile}; profiling adds overhead, so read shares, not totals): ${f(speed.profile.wallMsPerStep)} ms/step.`,
    '',
    '| kernel | ms/step |',
    '|---|---|',
    ...speed.profile.kernels.map((k) => `| ${k.name} | ${f(k.msPerStep)} |`),
    '',
  ];
}

function speedLines(speed) {
  return [
    '## Training throughput',
    '',
    `Measured from ${speed.startedAt}.`,
    '',
    ...trainingTable(speed),
    '',
    '## Inference',
    '',
    `Images/s (load ${speed.loads.inference}):`,
    '',
    '| model | batch 1 | batch 64 | 64 concurrent 1-image requests, one model call each | the same through batchConcurrentPredictions (as the API serves) |',
    '|---|---|---|---|---|',
    ...speed.inference.map((r) => `| ${r.preset} | ${f(r.batch1)} | ${f(r.batch64)} | ${f(r.concurrentDirect)} | ${f(r.concurrentBatched)} |`),
    '',
    `Audio: ${f(speed.audio?.clipsPerSecond)} clips/s (2 s 16 kHz WAV: decode + pooled MFCC features + tess-fast MLP, one clip at a time).`,
    '',
    ...profileLines(speed),
  ];
}

/** The whole BENCHMARKS.md text. */
export function renderMarkdown({ machine: m, backend, speed, accuracy, workers }) {
  return [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (bench/run-bench.mjs). Regenerate on the machine you care about; every figure depends on what else runs there.',
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}`,
    `- Date: ${m.date}; git commit ${m.commit}`,
    `- Backend: TensorFlow.js 4.22 \`${backend}\` (SIMD, no threads inside one instance)`,
    '',
    ...(speed ? speedLines(speed) : ['Speed not measured yet (`npm run bench -- --only=speed`).', '']),
    '## Accuracy',
    '',
    ...accuracyTable(accuracy),
    '',
    ...workersLines(workers),
    '## Targets (issue #4)',
    '',
    ...targetRows({ speed, accuracy, workers }),
    '',
    ...REPRODUCE,
    ...BENCHMARK_NOTES,
  ].join('\n');
}
