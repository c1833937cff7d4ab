import type { Classifier, PredictOptions } from '../models/classifier.js';
import { featureExtractorFor } from '../preprocess/features/feature-extractor.js';
import { featureOptionsOf } from './feature-options-of.js';
import { planPrediction, type PlanContext } from './plan-prediction.js';
import type { Predictor, PredictorInput, PredictorResult } from './predictor.js';

/**
 * A predictor over a loaded classifier. Its preprocessing is chosen once, here, from what the
 * model recorded: face detection and 48x48 crops for image models (a recorded training blur and
 * test-time augmentation are applied by the classifier itself), pooled MFCCs or log-mel windows
 * for audio models. Owns the classifier: dispose() disposes it.
 */
export function createPredictor(classifier: Classifier): Predictor {
  const featureOptions = featureOptionsOf(classifier);
  const context: PlanContext = { modality: classifier.modality, featureOptions };
  const features = featureExtractorFor(classifier.modality, featureOptions);

  async function predictMany(
    inputs: readonly PredictorInput[],
    options: PredictOptions = {},
  ): Promise<PredictorResult[]> {
    const plans = await Promise.all(inputs.map((input) => planPrediction(input, context)));
    const rows = await classifier.predict(
      plans.flatMap((p) => p.inputs),
      options,
    );
    let offset = 0;
    return plans.map((plan) => {
      const own = rows.slice(offset, offset + plan.inputs.length);
      offset += plan.inputs.length;
      return plan.finish(own);
    });
  }

  return {
    modality: classifier.modality,
    labels: classifier.labels,
    architecture: classifier.architecture,
    features,
    featuresFromBytes: (bytes) => features.extract(bytes),
    predict: async (input, options) => (await predictMany([input], options))[0]!,
    predictMany,
    dispose: () => classifier.dispose(),
  };
}
