/** What an ETA is estimated from. */
export interface EtaInput {
  plannedEpochs: number | null;
  finishedEpochs: number;
  /** When the run started (or was first seen running), epoch ms. */
  startedAtMs: number | null;
  /** When this page saw each epoch arrive, oldest first, epoch ms. */
  arrivalsMs: number[];
  nowMs: number;
}

const RECENT_GAPS = 3;

/**
 * Seconds until the planned epochs are done: the mean duration of the last few epochs seen arriving,
 * or, before two have arrived here, the time since the start divided by the finished epochs.
 * Null when there is nothing to go on yet. Early stopping can end a run sooner.
 */
export function estimateRemainingSeconds(input: EtaInput): number | null {
  const { plannedEpochs, finishedEpochs, startedAtMs, arrivalsMs, nowMs } = input;
  if (!plannedEpochs || plannedEpochs <= 0) return null;
  const left = plannedEpochs - finishedEpochs;
  if (left <= 0) return 0;
  const gaps = arrivalsMs
    .slice(1)
    .map((t, i) => t - (arrivalsMs[i] ?? t))
    .slice(-RECENT_GAPS);
  const last = arrivalsMs.at(-1);
  let perEpochMs: number | null = null;
  if (gaps.length > 0) perEpochMs = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
  else if (startedAtMs != null && finishedEpochs > 0) perEpochMs = ((last ?? nowMs) - startedAtMs) / finishedEpochs;
  if (perEpochMs == null || perEpochMs <= 0) return null;
  const intoCurrent = last != null ? nowMs - last : 0;
  return Math.max(0, left * perEpochMs - intoCurrent) / 1000;
}
