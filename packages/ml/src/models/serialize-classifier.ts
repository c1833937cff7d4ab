import * as tf from '@tensorflow/tfjs';
import { captureArtifacts } from './capture-artifacts.js';
import { CLASSIFIER_FORMAT_VERSION, packContainer } from './classifier-container.js';
import type { Classifier } from './classifier.js';
import { LayersClassifier } from './layers-classifier.js';

/**
 * Serializes a classifier (topology, float32 weights bit for bit, preprocessing, labels, format
 * version) into one self-describing, checksummed binary that loadClassifier restores.
 */
export async function serializeClassifier(classifier: Classifier): Promise<Uint8Array> {
  if (!(classifier instanceof LayersClassifier)) {
    throw new TypeError(
      'serializeClassifier needs a classifier made by @emolab/ml (trainClassifier or loadClassifier)',
    );
  }
  const artifacts = await captureArtifacts(classifier.model);
  const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
  return packContainer(
    {
      formatVersion: CLASSIFIER_FORMAT_VERSION,
      modality: classifier.modality,
      labels: classifier.labels,
      architecture: classifier.architecture,
      preprocessing: classifier.preprocessing,
      modelTopology: artifacts.modelTopology,
      weightSpecs: artifacts.weightSpecs,
      weightsByteLength: weights.byteLength,
    },
    weights,
  );
}
