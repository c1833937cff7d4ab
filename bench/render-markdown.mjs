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
    '| model | wasm 1 worker | wasm 2 workers | native, 1 process (2 oneDNN threads) | native, 2 workers (1 thread each) | native / wasm 2w | est. FER2013 epoch, native | PyTorch as installed | native / as installed | PyTorch OpenBLAS + allocator | native / tuned | native bf16 convs (the trainer default on CPUs with AVX512_BF16/AMX) | bf16 / tuned |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of report.training) {
    lines.push(
      `| ${r.preset} | ${f(r.wasm1)} | ${f(r.wasm2)} | ${f(r.native1)} | ${f(r.native2)} | ${f(r.native / r.wasm2, 2)}x | ${f(r.ferEpochSeconds, 0)} s | ${f(r.pytorchAsInstalled)} | ${f(r.native / r.pytorchAsInstalled, 2)} | ${f(r.pytorchTuned)} | ${f(r.native / r.pytorchTuned, 2)} | ${f(r.bf16)} | ${f(r.bf16 / r.pytorchTuned, 2)} |`,
    );
  }
  const torch = report.pytorch?.error
    ? `PyTorch: ${report.pytorch.error}.`
    : `PyTorch ${report.pytorch?.version} (Debian python3-torch), 2 threads, same layers, Adam, random tensors (no data loading); "as installed" uses Debian's reference BLAS, "tuned" libopenblas0-pthread plus MALLOC_MMAP_THRESHOLD_/MALLOC_TRIM_THRESHOLD_/MALLOC_TOP_PAD_ from shared/NOTES.md.`;
  return [
    ...lines,
    '',
    torch,
    '"native" is the oneDNN kernels of @emolab/ml-native over the wasm backend (the default where the addon builds); its ratio columns use the faster of its two modes. tfjs figures include batch packing and the optimizer update.',
  ];
}

function inferenceTable(speed) {
  const row = (r, engine) =>
    `| ${r.preset} | ${engine} | ${f(r[engine]?.batch1)} | ${f(r[engine]?.batch64)} | ${f(r[engine]?.concurrentDirect)} | ${f(r[engine]?.concurrentBatched)} |`;
  return [
    `Images/s (load ${speed.loads.inference}):`,
    '',
    '| model | kernels | batch 1 | batch 64 | 64 concurrent 1-image requests, one model call each | the same through batchConcurrentPredictions (as the API serves) |',
    '|---|---|---|---|---|---|',
    ...speed.inference.flatMap((r) =>
      r.native
        ? [row(r, 'native'), row(r, 'wasm')]
        : [
            `| ${r.preset} | wasm | ${f(r.batch1)} | ${f(r.batch64)} | ${f(r.concurrentDirect)} | ${f(r.concurrentBatched)} |`,
          ],
    ),
  ];
}

const EMOTIONS = ['angry', 'disgust', 'fear', 'happy', 'neutral', 'sad', 'surprise'];

function accuracyTable(sections, libraries) {
  const measured = sections.filter((s) => s?.rows);
  if (measured.length === 0) return ['Not measured: set EMOLAB_DATASETS_DIR (add --long for fer-best).'];
  const lines = [
    'Every recipe trains as the trainer trains it: the same options, 10% of the training images held out for validation, the best validation epoch kept (never chosen on test). FER2013 recipes run in one process on the oneDNN kernels (2 wasm workers without them). "accuracy" is what `predict` and `eval` serve, with the model version\'s test-time augmentation ("flip": the mean over each face and its mirror image); the next column is the same weights without it. Every row gives the 1-minute load average when it started.',
    '',
    '| model | data | accuracy | macro-F1 | without TTA | disgust recall | training time | epochs (best) | load at start | measured |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of measured.flatMap((s) => s.rows.map((row) => ({ ...row, at: row.measuredAt ?? s.startedAt })))) {
    const tta =
      r.testTimeAugmentation && r.testTimeAugmentation !== 'none'
        ? `${pct(r.accuracyWithoutTta)} (TTA: ${r.testTimeAugmentation})`
        : 'n/a';
    const disgust = r.perClass?.[1] ? f(r.perClass[1].recall, 2) : 'n/a';
    lines.push(
      `| ${r.recipe}${r.version ? ` v${r.version}` : ''}${r.backend ? ` (${r.backend})` : ''} | ${r.dataset} | ${pct(r.accuracy)} | ${f(r.macroF1, 3)} | ${tta} | ${r.recipe.startsWith('fer') ? disgust : 'n/a'} | ${f(r.trainingSeconds, 0)} s${r.stoppedByBudget ? ' (stopped by time budget)' : ''} | ${r.epochs}${r.bestEpoch ? ` (${r.bestEpoch})` : ''} | ${r.load} | ${r.at} |`,
    );
  }
  for (const l of libraries?.rows ?? []) {
    lines.push(
      `| ${l.library} (pretrained, no training) | FER2013 test (PublicTest) | ${pct(l.accuracy)} | ${f(l.macroF1, 3)} | n/a | ${f(l.disgustRecall, 2)} | n/a | n/a | ${l.load ?? 'n/a'} | ${l.measuredAt ?? libraries.startedAt} |`,
    );
  }
  if (libraries?.rows?.length) {
    lines.push(
      '',
      `The library rows run each library's own emotion model from the weights its npm package ships, with its own preprocessing, on the same 3,589 test images (bench/library-baselines.mjs). @vladmandic/human's model is oarriaga's mini-Xception, trained on FER2013 by its author; which images it saw is not documented, so its row may be optimistic. Throughput: ${libraries.rows.map((l) => `${l.library.split(' ')[0]} ${f(l.imagesPerSecond, 0)} images/s`).join(', ')}.`,
    );
  }
  const detailed = measured.flatMap((s) => s.rows).filter((r) => r.perClass && r.recipe.startsWith('fer'));
  for (const r of detailed) {
    lines.push(
      '',
      `### ${r.recipe} v${r.version}: per class on ${r.dataset}`,
      '',
      '| emotion | precision | recall | F1 | test images |',
      '|---|---|---|---|---|',
    );
    r.perClass.forEach((c, i) =>
      lines.push(`| ${EMOTIONS[i]} | ${f(c.precision, 3)} | ${f(c.recall, 3)} | ${f(c.f1, 3)} | ${c.support} |`),
    );
    if (r.ttaModes) {
      lines.push(
        '',
        `Test-time augmentation on the same weights (${r.recipe} records \`${r.testTimeAugmentation}\`):`,
        '',
        '| test-time augmentation | accuracy | macro-F1 | test images/s (batches of 64) |',
        '|---|---|---|---|',
      );
      r.ttaModes.forEach((t) =>
        lines.push(`| ${t.mode} | ${pct(t.accuracy)} | ${f(t.macroF1, 3)} | ${f(t.imagesPerSecond, 0)} |`),
      );
    }
    lines.push(
      '',
      `![${r.recipe} learning curves](bench/plots/${r.recipe}-curves.svg) ![${r.recipe} confusion matrix](bench/plots/${r.recipe}-confusion.svg)`,
    );
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
    ...workers.rows.map(
      (r) =>
        `| ${r.seed} | ${r.workers} | ${pct(r.accuracy)} | ${f(r.macroF1, 3)} | ${f(r.trainingSeconds, 0)} s | ${f(r.imagesPerSecond, 0)} | ${r.load} |`,
    ),
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
const ordinal = (n) => (n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`);

function precisionLines(precision) {
  if (!precision?.rows?.length) return [];
  if (precision.rows[0].error) return ['## f32 vs bf16 convolutions', '', precision.rows[0].error, ''];
  return [
    '## f32 vs bf16 convolutions',
    '',
    `${precision.rows[0].preset} with fer-fast's recipe, ${precision.rows[0].epochs} epochs on every ${ordinal(precision.rows[0].everyNth)} FER2013 train image (${precision.rows[0].trainImages}), one process, scored on the whole test split; measured from ${precision.startedAt}. bf16 (EMOLAB_NATIVE_BF16=1) rounds the convolutions' inputs to bf16 and accumulates in f32; weights, optimizer and every other kernel stay f32.`,
    '',
    '| seed | convolutions | test accuracy | macro-F1 | training time | images/s | load at start |',
    '|---|---|---|---|---|---|---|',
    ...precision.rows.map(
      (r) =>
        `| ${r.seed} | ${r.precision} | ${pct(r.accuracy)} | ${f(r.macroF1, 3)} | ${f(r.trainingSeconds, 0)} s | ${f(r.imagesPerSecond, 0)} | ${r.load} |`,
    ),
    '',
  ];
}

function generalisationLines(generalisation) {
  if (!generalisation?.rows?.length) return [];
  const models = [...new Set(generalisation.rows.map((r) => r.model))];
  const conditions = [...new Set(generalisation.rows.map((r) => r.condition))];
  const cell = (condition, model) => {
    const r = generalisation.rows.find((row) => row.condition === condition && row.model === model);
    return r ? `${pct(r.accuracy)} / ${f(r.macroF1, 3)}` : 'n/a';
  };
  return [
    "## Beyond FER2013's test crops",
    '',
    `The saved benchmark models and both libraries, not retrained, on every 4th FER2013 test image (${generalisation.images}) changed in ways the test split does not show, and as photos: each face upscaled 3x into a 320x240 noisy frame, JPEG-encoded and sent through the predict path's detector and aligner (a face it misses counts as wrong). Accuracy / macro-F1; measured from ${generalisation.startedAt}. No other labelled face set is on this machine: this is what can be checked here.`,
    '',
    `| condition | ${models.join(' | ')} |`,
    `|---|${models.map(() => '---').join('|')}|`,
    ...conditions.map((c) => `| ${c} | ${models.map((m) => cell(c, m)).join(' | ')} |`),
    '',
  ];
}

export function renderMarkdown({
  machine: m,
  backend,
  speed,
  accuracy,
  workers,
  precision,
  libraries,
  generalisation,
}) {
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
    ...accuracyTable(accuracy, libraries),
    '',
    ...generalisationLines(generalisation),
    ...workersLines(workers),
    ...precisionLines(precision),
    '## Targets',
    '',
    ...targetRows({ speed, accuracy, workers, libraries }),
    '',
    ...REPRODUCE,
    ...BENCHMARK_NOTES,
  ].join('\n');
}
