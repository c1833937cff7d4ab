import { findModelVersion, findModelVersions } from '@emolab/core/services';
import { inputBlurOf } from '@emolab/ml/models';
import { isoDate } from '../iso-date.js';
import { predictEmotion } from '../../prediction/predict-emotion.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Model version queries, the predict mutation, and fields. */
export const modelVersionResolvers = {
  Query: {
    modelVersions: async (_, args, ctx) => (await ctx.viewer(), findModelVersions(args, ctx.deps)),
    modelVersion: async (_, args, ctx) => (await ctx.viewer(), findModelVersion(args, ctx.deps)),
  },
  Mutation: {
    predict: async (_, { input }, ctx) => (await ctx.viewer(), predictEmotion(input, ctx.deps)),
  },
  ModelVersion: {
    createdAt: isoDate('createdAt'),
    perClass: (m) => m.metrics?.perClass ?? [],
    balancedAccuracy: (m) => m.metrics?.balancedAccuracy ?? null,
    top2Accuracy: (m) => m.metrics?.top2Accuracy ?? null,
    expectedCalibrationError: (m) => m.metrics?.expectedCalibrationError ?? null,
    reliability: (m) => m.metrics?.reliability ?? [],
    testSamples: (m) => m.metrics?.testSamples ?? null,
    trainingBlurSigma: (m) => m.metrics?.trainingBlurSigma ?? null,
    testBlurSigma: (m) => m.metrics?.testBlurSigma ?? null,
    inputBlurSigma: (m) =>
      m.metrics?.trainingBlurSigma == null ? null : inputBlurOf({ trainingBlurSigma: m.metrics.trainingBlurSigma }),
    testTimeAugmentation: (m) => (m.modality === 'IMAGE' ? (m.metrics?.testTimeAugmentation ?? 'none') : null),
    accuracyWithoutTestTimeAugmentation: (m) => m.metrics?.accuracyWithoutTestTimeAugmentation ?? null,
  },
} satisfies Resolvers;
