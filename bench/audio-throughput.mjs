// Audio clips/s end to end: WAV decode + pooled-MFCC features + the tess-fast MLP.
import { audioFeatureLength, audioToFeatures, DEFAULT_AUDIO_FEATURES } from '@emolab/ml/preprocess';
import { createAudioModel } from '@emolab/ml/models';
import * as tf from '@tensorflow/tfjs';

/** A 16 kHz mono 16-bit WAV of a `seconds`-long vowel-like tone (TESS clips are ~2 s). */
export function syntheticWav(seconds = 2, sampleRate = 16_000) {
  const samples = Math.round(seconds * sampleRate);
  const bytes = Buffer.alloc(44 + samples * 2);
  bytes.write('RIFF', 0);
  bytes.writeUInt32LE(36 + samples * 2, 4);
  bytes.write('WAVE', 8);
  bytes.write('fmt ', 12);
  bytes.writeUInt32LE(16, 16);
  bytes.writeUInt16LE(1, 20);
  bytes.writeUInt16LE(1, 22);
  bytes.writeUInt32LE(sampleRate, 24);
  bytes.writeUInt32LE(sampleRate * 2, 28);
  bytes.writeUInt16LE(2, 32);
  bytes.writeUInt16LE(16, 34);
  bytes.write('data', 36);
  bytes.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    const t = i / sampleRate;
    const v =
      0.3 * Math.sin(2 * Math.PI * 220 * t) +
      0.2 * Math.sin(2 * Math.PI * 660 * t) +
      0.1 * Math.sin(2 * Math.PI * 1320 * t);
    bytes.writeInt16LE(Math.round(v * 32767 * Math.min(1, t * 10, (seconds - t) * 10)), 44 + i * 2);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Clips/s for `clips` (WAV bytes), one at a time as a request would arrive. */
export function measureAudio(clips) {
  const model = createAudioModel({ inputSize: audioFeatureLength(DEFAULT_AUDIO_FEATURES), seed: 1 });
  try {
    const run = (bytes) =>
      tf.tidy(() => model.predict(tf.tensor2d(audioToFeatures(bytes), [1, model.inputs[0].shape[1]])).dataSync());
    run(clips[0]);
    const started = performance.now();
    for (const bytes of clips) run(bytes);
    return clips.length / ((performance.now() - started) / 1000);
  } finally {
    model.dispose();
  }
}
