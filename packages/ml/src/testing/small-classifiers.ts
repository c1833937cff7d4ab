import sharp from 'sharp';
import { audioCnnPreprocessing } from '../models/audio-cnn-preprocessing.js';
import { createAudioCnnModel } from '../models/create-audio-cnn-model.js';
import { createAudioModel } from '../models/create-audio-model.js';
import { createImageModel } from '../models/create-image-model.js';
import { EMOTION_LABELS } from '../models/emotion-labels.js';
import { LayersClassifier } from '../models/layers-classifier.js';
import { type AudioFeatureConfig, DEFAULT_AUDIO_FEATURES } from '../preprocess/audio/mfcc/audio-feature-config.js';
import { audioFeatureLength } from '../preprocess/audio/mfcc/audio-feature-length.js';
import type { LogMelConfig } from '../preprocess/audio/log-mel/log-mel-config.js';
import { naturalImages } from './natural-images.js';

/** A seeded small image CNN; the same options give the same weights. */
export function smallImageClassifier(preprocessing: Record<string, unknown> = {}): LayersClassifier {
  return new LayersClassifier({
    model: createImageModel({ preset: 'cnn-small', filters: 4, dense: 8, seed: 2 }),
    modality: 'image',
    labels: EMOTION_LABELS,
    architecture: 'cnn-small-v1:filters=4,dense=8',
    preprocessing: { kind: 'image-grayscale', imageSize: 48, channels: 1, range: [0, 1], ...preprocessing },
  });
}

/** A seeded pooled-MFCC MLP recording `audio` as its feature config. */
export function smallMfccClassifier(audio: AudioFeatureConfig = DEFAULT_AUDIO_FEATURES): LayersClassifier {
  const featureLength = audioFeatureLength(audio);
  return new LayersClassifier({
    model: createAudioModel({ inputSize: featureLength, hidden: 16, seed: 3 }),
    modality: 'audio',
    labels: EMOTION_LABELS,
    architecture: 'mfcc-mlp-v1',
    preprocessing: { kind: 'audio-mfcc-stats', audio, featureLength },
  });
}

/** A seeded small log-mel CNN recording `logMel`. */
export function smallLogMelClassifier(logMel: LogMelConfig): LayersClassifier {
  return new LayersClassifier({
    model: createAudioCnnModel({ frames: logMel.frames, melBins: logMel.melBins, filters: 4, seed: 4 }),
    modality: 'audio',
    labels: EMOTION_LABELS,
    architecture: 'logmel-cnn-v1',
    preprocessing: audioCnnPreprocessing(logMel),
  });
}

/** A 48x48 grayscale PNG of a natural-looking image, read whole as one pre-cropped face. */
export async function facePng(seed: number): Promise<Buffer> {
  const [image] = naturalImages(1, seed);
  const pixels = Buffer.from(Uint8Array.from(image!, (v) => Math.round(v * 255)));
  return sharp(pixels, { raw: { width: 48, height: 48, channels: 1 } })
    .png()
    .toBuffer();
}
