import type { AudioFeatureConfig } from '../preprocess/audio-feature-config.js';
import type { Modality } from '../preprocess/modality.js';
import type { EpochMetrics } from './epoch-metrics.js';

/** Feature vectors with their label indices (into EMOTION_LABELS). */
export interface LabelledFeatures {
  features: Float32Array[];
  labels: number[];
}

/** Options for trainClassifier. */
export interface TrainClassifierOptions {
  modality: Modality;
  train: LabelledFeatures;
  validation?: LabelledFeatures;
  epochs: number;
  /** Default 32. */
  batchSize?: number;
  /** Adam learning rate, default 0.001. */
  learningRate?: number;
  /** Seeds weight initialisers, batch order and dropout masks; random when omitted. */
  seed?: number;
  /** Config the audio features were made with; recorded in the classifier (default DEFAULT_AUDIO_FEATURES). */
  audioFeatures?: AudioFeatureConfig;
  /** Network size knobs passed to createImageModel / createAudioModel. */
  network?: { filters?: number; dense?: number; hidden?: number; dropout?: number };
  onEpochEnd?: (metrics: EpochMetrics) => void | Promise<void>;
  /** Checked before every batch; training stops (keeping the weights so far) once it returns true. */
  shouldStop?: () => boolean;
}
