import { MAX_SAMPLE_RATE, MIN_SAMPLE_RATE } from './audio-limits.js';
import { InvalidInputError } from '../../invalid-input-error.js';

/** What a WAV or AIFF header declares, checked before any sample is read. */
export interface AudioHeader {
  /** 'WAV' or 'AIFF', used in messages. */
  container: string;
  channels: number;
  sampleRate: number;
  /** Sample frames (one sample per channel) the file holds. */
  frames: number;
  /** Longest accepted duration in seconds. */
  maxSeconds: number;
}

/**
 * Throws InvalidInputError for a header no real recording has (no channels, a rate outside
 * [1 kHz, 384 kHz], no samples) or one longer than maxSeconds, before memory is allocated for it.
 */
export function checkAudioHeader(header: AudioHeader): void {
  const { container, channels, sampleRate, frames, maxSeconds } = header;
  if (!(channels >= 1)) throw new InvalidInputError(`${container} declares ${channels} channels; at least 1 is needed`);
  if (!(sampleRate >= MIN_SAMPLE_RATE && sampleRate <= MAX_SAMPLE_RATE)) {
    throw new InvalidInputError(
      `Unsupported sample rate ${sampleRate} Hz in ${container} header (expected ${MIN_SAMPLE_RATE} to ${MAX_SAMPLE_RATE})`,
    );
  }
  if (frames === 0) throw new InvalidInputError(`${container} file contains no audio samples`);
  const seconds = frames / sampleRate;
  if (seconds > maxSeconds) {
    throw new InvalidInputError(`Audio is too long: ${seconds.toFixed(1)} s exceeds the ${maxSeconds} s limit`);
  }
}
