import type { AdamScalars } from '../adam-state.js';
import type { GradientExchangeBuffers } from './gradient-exchange.js';

/** Adam's state as plain arrays (moments: first then second, one per trainable variable). */
export interface PlainAdamState {
  scalars: AdamScalars;
  moments: Float32Array[];
}

/** What each training worker starts with (its workerData). */
export interface ReplicaInit {
  rank: number;
  /** Backend the main thread uses; the worker starts its own instance of it. */
  backend: string;
  /** Whether the main thread runs the oneDNN kernels over wasm, and how many threads each worker gives them. */
  nativeKernels: boolean;
  nativeThreads: number;
  nativePrecision: 'f32' | 'bf16';
  /** model.toJSON() of the classifier's network. */
  modelJson: string;
  /** Every model weight, in model.weights order. */
  weights: Float32Array[];
  adam?: PlainAdamState;
  learningRate: number;
  weightDecay: number;
  inputShape: number[];
  numClasses: number;
  labelSmoothing: number;
  classWeights?: number[];
  exchange: GradientExchangeBuffers;
}

/** One worker's share of a batch. */
export interface StepRequest {
  type: 'step';
  x: Float32Array;
  y: Int32Array;
  /** Samples in the whole batch, across workers. */
  total: number;
  learningRate: number;
  /** Seeds this replica's dropout masks for the step. */
  dropoutSeed: number;
}

/** Main thread to worker. */
export type WorkerRequest = StepRequest | { type: 'state'; optimizer: boolean };

/** Worker to main thread. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'step'; loss: number; correct: number; count: number }
  | { type: 'state'; weights: Float32Array[]; adam?: PlainAdamState }
  | { type: 'error'; message: string; stack?: string };
