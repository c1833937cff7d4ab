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
  '| f32 vs bf16 convolutions, accuracy (~10 min) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench -- --only=precision` |',
  '| the speed figures as one JSON line | `npm run bench:ml -- --only=speed --json` |',
  '| 1 vs 2 workers accuracy (~12 min) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench -- --only=workers` |',
  '| fer-fast accuracy (~5 min with the oneDNN kernels) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench -- --only=fer` |',
  '| fer-fast and fer-best accuracy (~55 min) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench -- --only=fer --long` |',
  '| the blur ceiling check in PyTorch (after a fer run filled the cache) | `/usr/bin/python3 bench/pytorch_blur_check.py 10` |',
  '| dataset import (section below) | `EMOLAB_DATASETS_DIR=../shared/datasets npm run bench:import` |',
  '',
];
const f = (value, digits = 1) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const pct = (value) => (typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : 'n/a');

function trainingTable(report) {
  const lines = [
    `Training images/s, batch 64, synthetic 48x48 images, median of 3 epochs after a warm-up epoch, ${report.stepsPerEpoch ?? 'n/a'} steps per epoch (cnn-soft16 / vgg48), every tfjs figure in a process of its own (1-minute load average when this section started: ${report.loads.training}; PyTorch section: ${report.loads.pytorch}).`,
    '',
    '| model | wasm 1 worker | wasm 2 workers | native, 1 process (2 oneDNN threads) | native, 2 workers (1 thread each) | native / wasm 2w | est. FER2013 epoch, native | PyTorch as installed | native / as installed | PyTorch OpenBLAS + allocator | native / tuned | native bf16 convs (opt-in) | bf16 / tuned |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of report.training) {
    lines.push(`| ${r.preset} | ${f(r.wasm1)} | ${f(r.wasm2)} | ${f(r.native1)} | ${f(r.native2)} | ${f(r.native / r.wasm2, 2)}x | ${f(r.ferEpochSeconds, 0)} s | ${f(r.pytorchAsInstalled)} | ${f(r.native / r.pytorchAsInstalled, 2)} | ${f(r.pytorchTuned)} | ${f(r.native / r.pytorchTuned, 2)} | ${f(r.bf16)} | ${f(r.bf16 / r.pytorchTuned, 2)} |`);
  }
  const torch = report.pytorch?.error ? `PyTorch: ${report.pytorch.error}.` : `PyTorch ${report.pytorch?.version} (Debian python3-torch), 2 threads, same layers, Adam, random tensors (no data loading); "as installed" uses Debian's reference BLAS, "tuned" libopenblas0-pthread plus MALLOC_MMAP_THRESHOLD_/MALLOC_TRIM_THRESHOLD_/MALLOC_TOP_PAD_ from shared/NOTES.md.`;
  return [...lines, '', torch, '"native" is the oneDNN kernels of @emolab/ml-native over the wasm backend (the default where the addon builds); its ratio columns use the faster of its two modes. tfjs figures include batch packing and the optimizer update.'];
}

function inferenceTable(speed) {
  const row = (r, engine) => `| ${r.preset} | ${engine} | ${f(r[engine]?.batch1)} | ${f(r[engine]?.batch64)} | ${f(r[engine]?.concurrentDirect)} | ${f(r[engine]?.concurrentBatched)} |`;
  return [
    `Images/s (load ${speed.loads.inference}):`,
    '',
    '| model | kernels | batch 1 | batch 64 | 64 concurrent 1-image requests, one model call each | the same through batchConcurrentPredictions (as the API serves) |',
    '|---|---|---|---|---|---|',
    ...speed.inference.flatMap((r) => (r.native ? [row(r, 'native'), row(r, 'wasm')] : [`| ${r.preset} | wasm | ${f(r.batch1)} | ${f(r.batch64)} | ${f(r.concurrentDirect)} | ${f(r.concurrentBatched)} |`])),
  ];
}

function accuracyTable(sections) {
  const measured = sections.filter((s) => s?.rows);
  if (measured.length === 0) return ['Not measured: set EMOLAB_DATASETS_DIR (add --long for fer-best).'];
  const lines = [
    'FER2013 recipes train with the trainer\'s default workers (one process on the oneDNN kernels, 2 on wasm); every row gives the 1-minute load average when it started. FER2013 models record their training images\' blur (Gaussian sigma in px, "training blur") and blur each test input up to it before predicting; the last column scores the same weights on the test images as they are.',
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
    `tf.profile of ${speed.profiled ?? 'cnn-small'} training steps with the oneDNN kernels, batch 64, one process (load ${speed.loads.profile}; profiling adds overhead, so read shares, not totals): ${f(speed.profile.wallMsPerStep)} ms/step.`,
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
    ...inferenceTable(speed),
    '',
    `Audio: ${f(speed.audio?.clipsPerSecond)} clips/s (2 s 16 kHz WAV: decode + pooled MFCC features + tess-fast MLP, one clip at a time).`,
    '',
    ...profileLines(speed),
  ];
}

/** The whole BENCHMARKS.md text. */
function precisionLines(precision) {
  if (!precision?.rows?.length) return [];
  if (precision.rows[0].error) return ['## f32 vs bf16 convolutions', '', precision.rows[0].error, ''];
  return [
    '## f32 vs bf16 convolutions',
    '',
    `vgg48 with fer-fast's recipe, 3 epochs on every 2nd FER2013 train image (${precision.rows[0].trainImages}), one process, scored on the whole test split; measured from ${precision.startedAt}. bf16 (EMOLAB_NATIVE_BF16=1) rounds the convolutions' inputs to bf16 and accumulates in f32; weights, optimizer and every other kernel stay f32.`,
    '',
    '| seed | convolutions | test accuracy | macro-F1 | training time | images/s | load at start |',
    '|---|---|---|---|---|---|---|',
    ...precision.rows.map((r) => `| ${r.seed} | ${r.precision} | ${pct(r.accuracy)} | ${f(r.macroF1, 3)} | ${f(r.trainingSeconds, 0)} s | ${f(r.imagesPerSecond, 0)} | ${r.load} |`),
    '',
  ];
}

export function renderMarkdown({ machine: m, backend, speed, accuracy, workers, precision }) {
  return [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (bench/run-bench.mjs). Regenerate on the machine you care about; every figure depends on what else runs there.',
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}`,
    `- Date: ${m.date}; git commit ${m.commit}`,
    `- Backend: TensorFlow.js 4.22 \`${backend}\` (wasm SIMD, no threads inside one instance; "native" rows add the oneDNN kernels of @emolab/ml-native)`,
    '',
    ...(speed ? speedLines(speed) : ['Speed not measured yet (`npm run bench -- --only=speed`).', '']),
    '## Accuracy',
    '',
    ...accuracyTable(accuracy),
    '',
    ...workersLines(workers),
    ...precisionLines(precision),
    '## Targets',
    '',
    ...targetRows({ speed, accuracy, workers }),
    '',
    ...REPRODUCE,
    ...BENCHMARK_NOTES,
  ].join('\n');
}
