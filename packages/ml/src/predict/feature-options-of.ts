import { audioFeatureConfigOf } from '../models/classifier-preprocessing.js';
import { logMelConfigOf } from '../models/audio-cnn-preprocessing.js';
import type { Classifier } from '../models/classifier.js';
import type { BytesToFeaturesOptions } from '../preprocess/features/bytes-to-features.js';

/**
 * The feature options a model was trained with, read from its recorded preprocessing: image
 * models read 48x48 grayscale, audio CNNs their log-mel config, pooled-MFCC models the MFCC config
 * they recorded (today's default for models too old to record one).
 */
export function featureOptionsOf(classifier: Pick<Classifier, 'modality' | 'preprocessing'>): BytesToFeaturesOptions {
  if (classifier.modality === 'image') return {};
  const logMel = logMelConfigOf(classifier.preprocessing);
  return logMel ? { logMel } : { audio: audioFeatureConfigOf(classifier.preprocessing) };
}
