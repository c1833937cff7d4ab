// Training throughput (wasm, the oneDNN kernels in one process and in 2 workers, PyTorch), inference
// and audio throughput, and where a native training step goes. Each tfjs figure comes from a child
// process of its own (bench/speed-child.mjs) so wasm and native runs never share kernels.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { measureAudio, syntheticWav } from './audio-throughput.mjs';
import { loadAverage } from './machine-info.mjs';
import { measurePytorch } from './pytorch-yardstick.mjs';

const FER_TRAIN_IMAGES = 28_709;
const CHILD = fileURLToPath(new URL('./speed-child.mjs', import.meta.url));
/**
 * The fer-fast network of today (cnn-soft16) and the 48x48 VGG-style network the face recipes train
 * (vgg48), with images per measured epoch: 60 and 30 steps of 64, so filling and draining the
 * 2-worker pipeline at each epoch's ends weighs little, as in a 449-step FER2013 epoch.
 */
export const SPEED_NETWORKS = { 'cnn-soft16': 3840, vgg48: 1920 };

function child(args, extraEnv = {}) {
  const env = { ...process.env, ...extraEnv };
  delete env.EMOLAB_NATIVE; // each child chooses with --native
  const result = spawnSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', timeout: 1_200_000, env });
  const line = (result.stdout ?? '').trim().split('\n').at(-1);
  try {
    return JSON.parse(line);
  } catch {
    return { error: `speed-child ${args.join(' ')} failed: ${(result.stderr ?? '').split('\n').slice(-3).join(' ')}` };
  }
}

function trainRow(preset, images, log) {
  const measure = (native, workers, bf16 = false) => {
    const r = child(['train', preset, `--native=${native ? 1 : 0}`, `--workers=${workers}`, `--images=${images}`], {
      EMOLAB_NATIVE_BF16: bf16 ? '1' : '0',
    });
    log(
      `${preset} ${native ? `native${bf16 ? ' bf16' : ''}` : 'wasm'} ${workers} worker(s): ${r.imagesPerSecond?.toFixed(1) ?? r.error}`,
    );
    return r.imagesPerSecond;
  };
  const row = {
    preset,
    wasm1: measure(false, 1),
    wasm2: measure(false, 2),
    native1: measure(true, 1),
    native2: measure(true, 2),
  };
  // bf16 convolutions (EMOLAB_NATIVE_BF16=1; the trainer's default where the CPU has them), in both modes.
  row.bf16 = Math.max(measure(true, 1, true) ?? 0, measure(true, 2, true) ?? 0) || undefined;
  row.native = Math.max(row.native1 ?? 0, row.native2 ?? 0) || undefined;
  row.nativeMode = row.native1 >= (row.native2 ?? 0) ? '1 process, 2 oneDNN threads' : '2 workers, 1 thread each';
  row.ferEpochSeconds = row.native ? FER_TRAIN_IMAGES / row.native : undefined;
  return row;
}

export async function speedSection({ skipPytorch, log }) {
  const presets = Object.keys(SPEED_NETWORKS);
  const loads = { pytorch: loadAverage() };
  const pytorch = skipPytorch ? { error: 'skipped (--skip-pytorch)' } : measurePytorch(presets);
  log(`pytorch ${JSON.stringify(pytorch)}`);
  loads.training = loadAverage();
  const training = presets.map((preset) => ({
    ...trainRow(preset, SPEED_NETWORKS[preset], log),
    pytorchAsInstalled: pytorch.asInstalled?.[preset],
    pytorchTuned: pytorch.tuned?.[preset],
  }));
  loads.inference = loadAverage();
  const inference = presets.map((preset) => {
    const native = child(['infer', preset, '--native=1']);
    const wasm = child(['infer', preset, '--native=0']);
    log(`inference ${preset} native ${JSON.stringify(native)} wasm ${JSON.stringify(wasm)}`);
    return { preset, native, wasm };
  });
  const audio = { clipsPerSecond: measureAudio(Array.from({ length: 100 }, () => syntheticWav(2))) };
  log(`audio ${audio.clipsPerSecond.toFixed(1)} clips/s`);
  loads.profile = loadAverage();
  const profiled = 'vgg48';
  const profile = child(['profile', profiled, '--native=1']);
  return {
    profiled,
    stepsPerEpoch: Object.values(SPEED_NETWORKS)
      .map((n) => n / 64)
      .join(' / '),
    loads,
    pytorch,
    training,
    inference,
    audio,
    profile,
  };
}

/** The figures a script checks: training and inference img/s per network (`--json`'s last line). */
export function speedJson(speed) {
  const training = Object.fromEntries(
    (speed?.training ?? []).map((r) => [
      r.preset,
      {
        wasm: r.wasm2,
        native: r.native,
        nativeBf16: r.bf16,
        pytorchAsInstalled: r.pytorchAsInstalled,
        pytorchTuned: r.pytorchTuned,
      },
    ]),
  );
  const inference = Object.fromEntries(
    (speed?.inference ?? []).map((r) => [
      r.preset,
      {
        native: { batch1: r.native?.batch1, batch64: r.native?.batch64 },
        wasm: { batch1: r.wasm?.batch1, batch64: r.wasm?.batch64 },
      },
    ]),
  );
  return { training, inference };
}
