/** Lowest sample rate decodeAudio accepts, in Hz (below it speech is unintelligible anyway). */
export const MIN_SAMPLE_RATE = 1_000;
/** Highest sample rate decodeAudio accepts, in Hz (the top rate of professional converters). */
export const MAX_SAMPLE_RATE = 384_000;
/** Longest clip decodeAudio accepts by default, in seconds (10 minutes). */
export const DEFAULT_MAX_SECONDS = 600;
