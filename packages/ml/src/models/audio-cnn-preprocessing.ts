import type { LogMelConfig } from '../preprocess/audio/log-mel/log-mel-config.js';
import { validateLogMelConfig } from '../preprocess/audio/log-mel/validate-log-mel-config.js';
import type { FeatureStandardization } from './classifier-preprocessing.js';

/** Preprocessing recorded with audio CNNs: the full log-mel config, plus optional train-set statistics. */
export type AudioLogMelPreprocessing = {
  kind: 'audio-log-mel';
  logMel: LogMelConfig;
  /** Input shape the model reads: [frames, melBins, 1]. */
  inputShape: [number, number, 1];
  standardization?: FeatureStandardization;
};

/** Builds the preprocessing record to store with a model made by createAudioCnnModel. */
export function audioCnnPreprocessing(
  logMel: LogMelConfig,
  standardization?: FeatureStandardization,
): AudioLogMelPreprocessing {
  validateLogMelConfig(logMel);
  return {
    kind: 'audio-log-mel',
    logMel: { ...logMel },
    inputShape: [logMel.frames, logMel.melBins, 1],
    ...(standardization ? { standardization } : {}),
  };
}

/**
 * The log-mel config a classifier's preprocessing record holds, or undefined for other kinds
 * (e.g. pooled-MFCC models). A record of kind 'audio-log-mel' with a bad config throws a RangeError.
 */
export function logMelConfigOf(preprocessing: Record<string, unknown>): LogMelConfig | undefined {
  if (preprocessing['kind'] !== 'audio-log-mel') return undefined;
  const logMel = preprocessing['logMel'];
  if (typeof logMel !== 'object' || logMel === null) throw new RangeError('preprocessing.logMel must be an object');
  const config = logMel as LogMelConfig;
  validateLogMelConfig(config);
  return config;
}
