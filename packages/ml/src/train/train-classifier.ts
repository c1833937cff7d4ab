import * as tf from '@tensorflow/tfjs';
import type { Classifier } from '../models/classifier.js';
import type { AudioPreprocessing, FeatureStandardization, ImagePreprocessing } from '../models/classifier-preprocessing.js';
import { AUDIO_ARCHITECTURE, createAudioModel } from '../models/create-audio-model.js';
import { createImageModel, IMAGE_ARCHITECTURE } from '../models/create-image-model.js';
import { EMOTION_LABELS } from '../models/emotion-labels.js';
import { LayersClassifier } from '../models/layers-classifier.js';
import { DEFAULT_AUDIO_FEATURES } from '../preprocess/audio-feature-config.js';
import { IMAGE_SIZE } from '../preprocess/image-to-features.js';
import { computeStandardization } from './compute-standardization.js';
import type { EpochMetrics } from './epoch-metrics.js';
import { evaluateDataset } from './evaluate-dataset.js';
import { reseedDropout, runEpoch } from './run-epoch.js';
import { seededRandom } from './seeded-random.js';
import type { TrainClassifierOptions } from './train-classifier-options.js';
import { validateTrainOptions } from './validate-train-options.js';

/** What trainClassifier returns. */
export interface TrainClassifierResult {
  classifier: Classifier;
  history: EpochMetrics[];
  /** True when shouldStop ended training early. */
  stopped: boolean;
}

interface Setup {
  model: tf.LayersModel;
  classifier: LayersClassifier;
  inputShape: number[];
  standardization?: FeatureStandardization;
}

function setUp(options: TrainClassifierOptions, featureLength: number, seed: number): Setup {
  const { modality, network = {} } = options;
  if (modality === 'image') {
    const model = createImageModel({ ...network, seed });
    const preprocessing: ImagePreprocessing = { kind: 'image-grayscale', imageSize: IMAGE_SIZE, channels: 1, range: [0, 1] };
    const classifier = new LayersClassifier({ model, modality, labels: EMOTION_LABELS, architecture: IMAGE_ARCHITECTURE, preprocessing });
    return { model, classifier, inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1] };
  }
  const standardization = computeStandardization(options.train.features);
  const model = createAudioModel({ inputSize: featureLength, hidden: network.hidden, dropout: network.dropout, seed });
  const preprocessing: AudioPreprocessing = {
    kind: 'audio-mfcc-stats',
    audio: { ...(options.audioFeatures ?? DEFAULT_AUDIO_FEATURES) },
    featureLength,
    standardization,
  };
  const classifier = new LayersClassifier({ model, modality, labels: EMOTION_LABELS, architecture: AUDIO_ARCHITECTURE, preprocessing });
  return { model, classifier, inputShape: [featureLength], standardization };
}

/**
 * Trains a classifier on the current backend (call initBackend first) with Adam and categorical
 * cross-entropy, seeded, and returns it with per-epoch history. Audio features are standardised
 * with train-set statistics, which the classifier records and applies when predicting.
 */
export async function trainClassifier(options: TrainClassifierOptions): Promise<TrainClassifierResult> {
  const featureLength = validateTrainOptions(options);
  const { train, validation, epochs, batchSize = 32, learningRate = 1e-3, onEpochEnd, shouldStop } = options;
  const seed = options.seed ?? Math.floor(Math.random() * 2_147_483_647);
  const random = seededRandom(seed);
  const { model, classifier, inputShape, standardization } = setUp(options, featureLength, seed);
  const optimizer = tf.train.adam(learningRate);
  const numClasses = EMOTION_LABELS.length;
  const history: EpochMetrics[] = [];
  let stopped = false;
  try {
    for (let epoch = 1; epoch <= epochs && !stopped; epoch++) {
      const result = await runEpoch({ model, optimizer, train, batchSize, inputShape, numClasses, standardization, random, shouldStop });
      if (result.stopped) {
        stopped = true;
        break;
      }
      const { loss, accuracy, samplesPerSecond } = result;
      const metrics: EpochMetrics = { epoch, loss, accuracy, learningRate, samplesPerSecond };
      if (validation && validation.features.length > 0) {
        const scores = await evaluateDataset({ model, ...validation, inputShape, numClasses, standardization });
        metrics.valLoss = scores.loss;
        metrics.valAccuracy = scores.accuracy;
      }
      history.push(metrics);
      await onEpochEnd?.(metrics);
      stopped = shouldStop?.() ?? false;
    }
  } catch (error) {
    classifier.dispose();
    throw error;
  } finally {
    reseedDropout(model, undefined);
    optimizer.dispose();
  }
  return { classifier, history, stopped };
}
