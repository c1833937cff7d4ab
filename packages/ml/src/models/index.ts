/** The seven emotion classes in label-index order. */
export { EMOTION_LABELS, type EmotionLabel } from './emotion-labels.js';
/** A trained model plus its modality, labels, architecture and preprocessing; predict() returns probabilities. */
export type { Classifier, PredictOptions } from './classifier.js';
/** The Classifier implementation over a tf.LayersModel (exposes `model`; owns and disposes it). */
export { LayersClassifier, type LayersClassifierOptions } from './layers-classifier.js';
/** Shapes of the preprocessing records image and audio classifiers carry. */
export type { AudioPreprocessing, FeatureStandardization, ImagePreprocessing } from './classifier-preprocessing.js';
/** Training blur (px) from which image models blur their inputs to match, and the blur a model's inputs are matched to. */
export {
  SOFT_TRAINING_BLUR,
  TEST_TIME_AUGMENTATIONS,
  audioFeatureConfigOf,
  inputBlurOf,
  testTimeAugmentationOf,
  type TestTimeAugmentation,
} from './classifier-preprocessing.js';
/** Runs concurrent predict calls on one classifier as batched model calls. */
export { batchConcurrentPredictions, type BatchConcurrentPredictionsOptions } from './batch-concurrent-predictions.js';
/** Restores a classifier from serializeClassifier's bytes; bad bytes throw InvalidInputError. */
export { loadClassifier } from './load-classifier.js';
/** One self-describing, checksummed binary: topology, exact weights, preprocessing, labels, version. */
export { serializeClassifier } from './serialize-classifier.js';
/** Version of the binary format serializeClassifier writes. */
export { CLASSIFIER_FORMAT_VERSION } from './classifier-container.js';
/** CNN for 48x48x1 images from a preset ('cnn-small' ~170k parameters by default, 'cnn-large' ~1.8M) plus overrides. */
export { createImageModel, type CreateImageModelOptions } from './create-image-model.js';
/** Architecture id of createImageModel's default network ('cnn-small-v1'). */
export { IMAGE_ARCHITECTURE } from './create-image-model.js';
/** The validated config and architecture id createImageModel would build for some options. */
export { describeImageModel } from './create-image-model.js';
/** The image CNN presets and the knobs they fix. */
export { IMAGE_MODEL_PRESETS, type ImageModelPreset, type ImageNetworkConfig } from './image-model-presets.js';
/** Architecture id for a preset and config: '<preset>-v1' plus ':knob=value,...' for knobs that differ from the preset. */
export { imageArchitectureId } from './image-model-presets.js';
/** Parses an image architecture id back into its preset and full config (undefined for other ids). */
export { parseImageArchitecture } from './image-model-presets.js';
/** MLP on the pooled-MFCC vector. */
export { createAudioModel, type CreateAudioModelOptions } from './create-audio-model.js';
/** Architecture id of createAudioModel's network ('mfcc-mlp-v1'). */
export { AUDIO_ARCHITECTURE } from './create-audio-model.js';
/** Small CNN (~25k parameters) on log-mel frames [frames, melBins, 1]: conv/batch-norm/pool blocks, global average pooling, softmax. */
export { createAudioCnnModel, type CreateAudioCnnModelOptions } from './create-audio-cnn-model.js';
/** Architecture id of createAudioCnnModel's network ('logmel-cnn-v1'). */
export { AUDIO_CNN_ARCHITECTURE } from './create-audio-cnn-model.js';
/** Preprocessing record of audio CNNs: the full LogMelConfig, input shape and optional standardisation. */
export { audioCnnPreprocessing, type AudioLogMelPreprocessing } from './audio-cnn-preprocessing.js';
/** Reads (and validates) the LogMelConfig from a classifier's preprocessing; undefined for other kinds. */
export { logMelConfigOf } from './audio-cnn-preprocessing.js';
/** A serialised classifier as a TensorFlow.js model folder (model.json + weights) and back. */
export { toTfjsFolder, fromTfjsFolder, type TfjsFolder } from './tfjs-folder.js';
