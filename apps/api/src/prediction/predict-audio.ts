import type { Classifier } from '@emolab/ml/models';
import { audioFeatureConfigOf, logMelConfigOf } from '@emolab/ml/models';
import {
  audioToLogMelWindows, audioWindows, combineWindowPredictions, resample, samplesToFeatures, type DecodedAudio,
} from '@emolab/ml/preprocess';
import { toScores } from './to-scores.js';

// Clips up to this long are scored whole (TESS clips are 1-3 s); longer recordings window by window.
const WHOLE_CLIP_SECONDS = 6;
const WINDOW = { windowSeconds: 3, hopSeconds: 1.5 };

/** Probabilities per window of a decoded recording, with the model's own preprocessing. */
async function windowProbabilities(input: { bytes: Uint8Array; audio: DecodedAudio }, classifier: Classifier) {
  const { audio } = input;
  if (classifier.preprocessing.kind === 'audio-log-mel') {
    const windows = audioToLogMelWindows(input.bytes, logMelConfigOf(classifier.preprocessing)).windows.filter((w) => !w.silent);
    return { windows, probabilities: await classifier.predict(windows.map((w) => w.spectrogram.data)) };
  }
  const config = audioFeatureConfigOf(classifier.preprocessing);
  const rate = config.sampleRate;
  const samples = resample(audio.samples, { from: audio.sampleRate, to: rate });
  const windows = samples.length / rate <= WHOLE_CLIP_SECONDS
    ? [{ samples, startSeconds: 0, endSeconds: samples.length / rate }]
    : audioWindows(samples, { sampleRate: rate, ...WINDOW });
  return { windows, probabilities: await classifier.predict(windows.map((w) => samplesToFeatures(w.samples, config))) };
}

/** The whole recording's prediction (mean over windows) and, for long recordings, each window's. */
export async function predictAudio(input: { bytes: Uint8Array; audio: DecodedAudio }, classifier: Classifier) {
  const { windows, probabilities } = await windowProbabilities(input, classifier);
  const combined = combineWindowPredictions({ windows, probabilities });
  return {
    ...toScores(combined.probabilities, classifier.labels),
    windows: windows.length > 1
      ? combined.windows.map((w) => ({ startSeconds: w.startSeconds, endSeconds: w.endSeconds, ...toScores(w.probabilities, classifier.labels) }))
      : [],
  };
}
