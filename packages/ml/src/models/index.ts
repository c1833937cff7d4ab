/** The seven emotion classes in label-index order. */
export { EMOTION_LABELS, type EmotionLabel } from './emotion-labels.js';
/** A trained model plus its modality, labels, architecture and preprocessing; predict() returns probabilities. */
export type { Classifier } from './classifier.js';
/** The Classifier implementation over a tf.LayersModel (exposes `model`; owns and disposes it). */
export { LayersClassifier, type LayersClassifierOptions } from './layers-classifier.js';
/** Shapes of the preprocessing records image and audio classifiers carry. */
export type { AudioPreprocessing, FeatureStandardization, ImagePreprocessing } from './classifier-preprocessing.js';
/** Restores a classifier from serializeClassifier's bytes; bad bytes throw InvalidInputError. */
export { loadClassifier } from './load-classifier.js';
/** One self-describing, checksummed binary: topology, exact weights, preprocessing, labels, version. */
export { serializeClassifier } from './serialize-classifier.js';
/** Version of the binary format serializeClassifier writes. */
export { CLASSIFIER_FORMAT_VERSION } from './classifier-container.js';
/** Small CNN (~170k parameters) for 48x48x1 images. */
export { createImageModel, type CreateImageModelOptions } from './create-image-model.js';
/** Architecture id of createImageModel's network ('cnn-small-v1'). */
export { IMAGE_ARCHITECTURE } from './create-image-model.js';
/** MLP on the pooled-MFCC vector. */
export { createAudioModel, type CreateAudioModelOptions } from './create-audio-model.js';
/** Architecture id of createAudioModel's network ('mfcc-mlp-v1'). */
export { AUDIO_ARCHITECTURE } from './create-audio-model.js';
