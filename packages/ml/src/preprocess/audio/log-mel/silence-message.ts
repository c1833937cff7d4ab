import type { LogMelConfig } from './log-mel-config.js';

/** Explains why a clip counts as silent. */
export function silenceMessage(loudestDbfs: number, config: LogMelConfig): string {
  const level = Number.isFinite(loudestDbfs) ? `${loudestDbfs.toFixed(1)} dBFS` : 'digital silence';
  const windowMs = Math.round((config.windowSize / config.sampleRate) * 1000);
  return `Audio is silent: its loudest ${windowMs} ms is ${level}, below the ${config.silenceDbfs} dBFS threshold`;
}
