import type { Modality, ModelVersion } from '@emolab/core/domain';
import { findModelVersion, findModelVersions } from '@emolab/core/services';
import { inputBlurOf } from '@emolab/ml/models';
import type { ApiContext } from '../context.js';
import { isoDate } from '../iso-date.js';
import { predictEmotion, type PredictEmotionInput } from '../../prediction/predict-emotion.js';

/** Model version queries, the predict mutation, and fields. */
export const modelVersionResolvers = {
  Query: {
    modelVersions: async (_: unknown, args: { modality?: Modality | null }, ctx: ApiContext) =>
      (await ctx.viewer(), findModelVersions(args, ctx.deps)),
    modelVersion: async (_: unknown, args: { id: string }, ctx: ApiContext) => (await ctx.viewer(), findModelVersion(args, ctx.deps)),
  },
  Mutation: {
    predict: async (_: unknown, { input }: { input: PredictEmotionInput }, ctx: ApiContext) =>
      (await ctx.viewer(), predictEmotion(input, ctx.deps)),
  },
  ModelVersion: {
    createdAt: isoDate('createdAt'),
    perClass: (m: ModelVersion) => m.metrics?.perClass ?? [],
    balancedAccuracy: (m: ModelVersion) => m.metrics?.balancedAccuracy ?? null,
    top2Accuracy: (m: ModelVersion) => m.metrics?.top2Accuracy ?? null,
    expectedCalibrationError: (m: ModelVersion) => m.metrics?.expectedCalibrationError ?? null,
    reliability: (m: ModelVersion) => m.metrics?.reliability ?? [],
    testSamples: (m: ModelVersion) => m.metrics?.testSamples ?? null,
    trainingBlurSigma: (m: ModelVersion) => m.metrics?.trainingBlurSigma ?? null,
    testBlurSigma: (m: ModelVersion) => m.metrics?.testBlurSigma ?? null,
    inputBlurSigma: (m: ModelVersion) => (m.metrics?.trainingBlurSigma == null ? null : inputBlurOf({ trainingBlurSigma: m.metrics.trainingBlurSigma })),
    testTimeAugmentation: (m: ModelVersion) => (m.modality === 'IMAGE' ? (m.metrics?.testTimeAugmentation ?? 'none') : null),
    accuracyWithoutTestTimeAugmentation: (m: ModelVersion) => m.metrics?.accuracyWithoutTestTimeAugmentation ?? null,
  },
};
