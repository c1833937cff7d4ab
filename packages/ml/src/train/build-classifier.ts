import type {
  AudioPreprocessing,
  FeatureStandardization,
  ImagePreprocessing,
} from '../models/classifier-preprocessing.js';
import { AUDIO_ARCHITECTURE, createAudioModel } from '../models/create-audio-model.js';
import { createImageModel, describeImageModel } from '../models/create-image-model.js';
import { EMOTION_LABELS } from '../models/emotion-labels.js';
import { LayersClassifier } from '../models/layers-classifier.js';
import { DEFAULT_AUDIO_FEATURES } from '../preprocess/audio/mfcc/audio-feature-config.js';
import { IMAGE_SIZE } from '../preprocess/image/image-to-features.js';
import type { BatchSource } from './batch-source.js';
import { computeSourceStandardization } from './compute-source-standardization.js';
import { deriveSeed } from './seeded-random.js';
import type { TrainClassifierOptions } from './train-classifier-options.js';

/** Options for {@link buildClassifier}. */
export interface BuildClassifierOptions {
  options: TrainClassifierOptions;
  featureLength: number;
  seed: number;
  trainSource: BatchSource;
}

/** The architecture id a fresh run with these options records. */
export function expectedArchitecture(options: TrainClassifierOptions): string {
  if (options.modality === 'image') return describeImageModel(options.network).architecture;
  return AUDIO_ARCHITECTURE;
}

/** Train-set statistics for audio standardisation, from one pass over the training source (arrays or stream alike). */
function standardizationFor(build: BuildClassifierOptions): Promise<FeatureStandardization> {
  const { featureLength, seed, trainSource } = build;
  return computeSourceStandardization({ source: trainSource, featureLength, seed: deriveSeed(seed, 0) });
}

/**
 * A new, seeded classifier for a fresh run; audio models also get train-set standardisation
 * statistics, image models their test-time augmentation. New image models record no training
 * blur: blur matching existed for a blurred copy of FER2013 and is retired, but models that
 * recorded one still apply it (LayersClassifier).
 */
export async function buildClassifier(
  build: BuildClassifierOptions,
): Promise<{ classifier: LayersClassifier; standardization?: FeatureStandardization }> {
  const { options, featureLength, seed } = build;
  const { modality, network = {} } = options;
  if (modality === 'image') {
    const { architecture } = describeImageModel(network);
    const model = createImageModel({ ...network, seed });
    const tta = options.testTimeAugmentation ?? 'none';
    const preprocessing: ImagePreprocessing = {
      kind: 'image-grayscale',
      imageSize: IMAGE_SIZE,
      channels: 1,
      range: [0, 1],
      ...(tta === 'none' ? {} : { testTimeAugmentation: tta }),
    };
    return {
      classifier: new LayersClassifier({ model, modality, labels: EMOTION_LABELS, architecture, preprocessing }),
    };
  }
  const standardization = await standardizationFor(build);
  const model = createAudioModel({ inputSize: featureLength, hidden: network.hidden, dropout: network.dropout, seed });
  const preprocessing: AudioPreprocessing = {
    kind: 'audio-mfcc-stats',
    audio: { ...(options.audioFeatures ?? DEFAULT_AUDIO_FEATURES) },
    featureLength,
    standardization,
  };
  const classifier = new LayersClassifier({
    model,
    modality,
    labels: EMOTION_LABELS,
    architecture: AUDIO_ARCHITECTURE,
    preprocessing,
  });
  return { classifier, standardization };
}
