import { isCancelRequested } from '@emolab/core/services';
import type { TrainerDeps } from '../deps.js';

/** Polls the run's cancel flag; training reads `requested` synchronously before every batch. */
export function watchCancel(
  runId: string,
  deps: TrainerDeps,
  intervalMs = 1_000,
): { readonly requested: boolean; stop(): void } {
  let requested = false;
  const timer = setInterval(() => {
    isCancelRequested({ id: runId }, deps).then(
      (value) => {
        requested ||= value;
      },
      () => undefined, // a missed poll is retried on the next tick
    );
  }, intervalMs);
  timer.unref();
  return {
    get requested() {
      return requested;
    },
    stop: () => clearInterval(timer),
  };
}
