// Training throughput (tfjs 1 and 2 workers, PyTorch), inference and audio throughput.
import { RECIPES, imageNetworkOf } from '@emolab/core/domain';
import { measureAudio, syntheticWav } from './audio-throughput.mjs';
import { measureInference } from './inference-throughput.mjs';
import { loadAverage } from './machine-info.mjs';
import { profileKernels } from './profile-kernels.mjs';
import { measurePytorch } from './pytorch-yardstick.mjs';
import { measureTrainThroughput } from './train-throughput.mjs';

const FER_TRAIN_IMAGES = 28_709;
/**
 * Each FER recipe's network (from its recipe, modelSize small) and how many synthetic images an
 * epoch of one measurement trains: 60 and 30 steps of 64, so the pipeline filling and draining
 * at each epoch's ends (one step with 2 workers) weighs little, as in a 449-step FER2013 epoch.
 */
export const THROUGHPUT_IMAGES = { 'fer-fast': 3840, 'fer-best': 1920 };
const PRESETS = Object.fromEntries(['fer-fast', 'fer-best'].map((recipe) => [imageNetworkOf(RECIPES[recipe].defaults, RECIPES[recipe]), { recipe, images: THROUGHPUT_IMAGES[recipe] }]));

export async function speedSection({ skipPytorch, log }) {
  const loads = { pytorch: loadAverage() };
  const pytorch = skipPytorch ? { error: 'skipped (--skip-pytorch)' } : measurePytorch(Object.keys(PRESETS));
  log(`pytorch ${JSON.stringify(pytorch)}`);
  loads.training = loadAverage();
  const training = [];
  for (const [preset, { recipe, images }] of Object.entries(PRESETS)) {
    const row = { preset, recipe };
    for (const workers of [1, 2]) {
      row[`workers${workers}`] = await measureTrainThroughput({ preset, workers, images, epochs: 4 });
      log(`${preset} ${workers} worker(s): ${row[`workers${workers}`].toFixed(1)} images/s`);
    }
    row.speedup = row.workers2 / row.workers1;
    row.ferEpochSeconds = FER_TRAIN_IMAGES / row.workers2;
    row.pytorchAsInstalled = pytorch.asInstalled?.[preset];
    row.pytorchTuned = pytorch.tuned?.[preset];
    training.push(row);
  }
  loads.inference = loadAverage();
  const inference = [];
  for (const preset of Object.keys(PRESETS)) inference.push({ preset, ...(await measureInference(preset)) });
  log(`inference ${JSON.stringify(inference)}`);
  const audio = { clipsPerSecond: measureAudio(Array.from({ length: 100 }, () => syntheticWav(2))) };
  log(`audio ${audio.clipsPerSecond.toFixed(1)} clips/s`);
  loads.profile = loadAverage();
  const profiled = Object.keys(PRESETS)[0];
  const profile = await profileKernels({ preset: profiled, batchSize: 64, steps: 4 });
  return { profiled, stepsPerEpoch: Object.values(THROUGHPUT_IMAGES).map((n) => n / 64).join(' (fer-fast) / ') + ' (fer-best)', loads, pytorch, training, inference, audio, profile: { wallMsPerStep: profile.wallMsPerStep, kernels: profile.kernels.slice(0, 12) } };
}
