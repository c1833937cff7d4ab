import type { Emotion } from './emotions.js';
import type { Hyperparameters } from './hyperparameters.js';

// The enums' one definition: Prisma's and the GraphQL schema's copies are checked against these
// (test/architecture/shared-enums.test.ts); the dashboard takes its lists from here.
export const MODALITIES = ['IMAGE', 'AUDIO'] as const;
export type Modality = (typeof MODALITIES)[number];
export const ROLES = ['ADMIN', 'TRAINER', 'LABELER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];
export const SPLITS = ['TRAIN', 'VALIDATION', 'TEST', 'UNASSIGNED'] as const;
export type Split = (typeof SPLITS)[number];
export const RUN_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export const IMPORT_STATUSES = ['UPLOADING', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
/** fer2013: train|test/<emotion>/; tess: <speaker>_<emotion>/<speaker>_<word>_<emotion>.wav; folders: <emotion>/ at any depth; unlabeled: any files. */
export type ImportFormat = 'fer2013' | 'tess' | 'folders' | 'unlabeled';

export interface Viewer {
  keyId: string;
  name: string;
  role: Role;
}

/** `frozen` false: a labeling draft whose labels can still change. */
export interface DatasetVersion {
  id: string;
  number: number;
  sampleCount: number;
  createdAt: Date;
  frozen: boolean;
}
export interface LabelCount {
  label: Emotion | null;
  split: Split;
  count: number;
}
export interface Dataset {
  id: string;
  name: string;
  modality: Modality;
  createdAt: Date;
  latestVersion: DatasetVersion | null;
}

export interface ImportProblem {
  path: string;
  reason: string;
}
/** Byte-identical files imported with different labels: flagged for review. */
export interface LabelConflict {
  blobHash: string;
  paths: string[];
  labels: string[];
}
export interface ImportJob {
  id: string;
  status: ImportStatus;
  datasetName: string;
  modality: Modality;
  format: ImportFormat;
  totalFiles: number;
  processedFiles: number;
  badFiles: number;
  problems: ImportProblem[];
  conflicts: LabelConflict[];
  /** Files identical to another file of the same import (stored once). */
  duplicates: number;
  error: string | null;
  datasetId: string | null;
  datasetVersionId: string | null;
  createdAt: Date;
}

export interface TrainingEpoch {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss: number | null;
  valAccuracy: number | null;
  learningRate: number | null;
  imagesPerSecond: number | null;
}
export interface TrainingRun {
  id: string;
  status: RunStatus;
  modality: Modality;
  datasetName: string;
  datasetVersionId: string;
  recipe: string;
  hyperparameters: Hyperparameters;
  environment: Record<string, unknown> | null;
  progress: number;
  error: string | null;
  cancelRequested: boolean;
  requiresGpu: boolean;
  attempts: number;
  modelVersionId: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface ClassMetrics {
  emotion: Emotion;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}
export interface ReliabilityBin {
  lower: number;
  upper: number;
  count: number;
  accuracy: number;
  confidence: number;
}
export interface ModelMetrics {
  accuracy: number;
  macroF1: number;
  perClass: ClassMetrics[];
  testSamples: number;
  balancedAccuracy?: number;
  top2Accuracy?: number;
  /** Expected calibration error over equal-width confidence bins. */
  expectedCalibrationError?: number;
  reliability?: ReliabilityBin[];
  /**
   * Image models trained before blur matching was retired: how blurred the training and test
   * images were (Gaussian sigma, px). Such models blur inputs to match training images that were
   * soft (>= 1.5 px), which is what their test metrics measure. New models record neither.
   */
  trainingBlurSigma?: number;
  testBlurSigma?: number;
  /** Image models: the test-time augmentation predict applies by default (and the metrics above include), when not 'none'. */
  testTimeAugmentation?: 'flip' | 'flip-shift';
  /** With testTimeAugmentation: the test accuracy without it. */
  accuracyWithoutTestTimeAugmentation?: number;
}
export interface ModelVersion {
  id: string;
  modality: Modality;
  accuracy: number | null;
  macroF1: number | null;
  architecture: string;
  createdAt: Date;
  aliases: string[];
  datasetName: string;
  datasetVersionId: string;
  trainingRunId: string | null;
  labels: Emotion[];
  confusionMatrix: number[][];
  metrics: ModelMetrics | null;
}

export interface EmotionScore {
  emotion: Emotion;
  probability: number;
}

export interface AliasAssignment {
  name: string;
  modality: Modality;
  modelVersionId: string;
  assignedById: string | null;
  createdAt: Date;
}

/** One recorded label change of a sample. */
export interface LabelChangeRecord {
  id: string;
  batchId: string;
  sampleId: string;
  oldLabel: Emotion | null;
  newLabel: Emotion | null;
  changedById: string | null;
  createdAt: Date;
  undone: boolean;
}
