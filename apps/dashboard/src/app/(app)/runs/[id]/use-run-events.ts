import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { RunStatus } from '@/gql/graphql';
import type { TrainingRunDetail } from '@/lib/queries/find-training-run';

/** The parts of a run that change while it trains, as `GET /runs/:id/events` sends them (as the GraphQL fields). */
export type LiveRun = Pick<TrainingRunDetail, 'status' | 'progress' | 'error' | 'cancelRequested' | 'epochs'> & {
  modelVersionId: string | null;
};

/** State of the event stream, for the "live" indicator. */
export type Connection = 'connecting' | 'live' | 'reconnecting' | 'finished';

const TERMINAL: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELED'];
const RETRY_MS = 3000;

/** True once a run can no longer change by itself. */
export function isTerminal(status: RunStatus): boolean {
  return TERMINAL.includes(status);
}

/**
 * Follows a run through the dashboard's SSE proxy until it finishes, then refreshes the page's
 * Server Components once (model version, duration). Also records when each new epoch arrived.
 */
export function useRunEvents(runId: string, initial: LiveRun) {
  const router = useRouter();
  const [run, setRun] = useState(initial);
  const [arrivalsMs, setArrivalsMs] = useState<number[]>([]);
  const [runningSinceMs, setRunningSinceMs] = useState<number | null>(null);
  const [connection, setConnection] = useState<Connection>(isTerminal(initial.status) ? 'finished' : 'connecting');

  // biome-ignore lint/correctness/useExhaustiveDependencies: initial is the server-rendered snapshot the stream takes over from, once per run
  useEffect(() => {
    if (isTerminal(initial.status)) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let seenEpochs = initial.epochs.length;

    const open = () => {
      source = new EventSource(`/api/runs/${encodeURIComponent(runId)}/events`);
      source.onopen = () => setConnection('live');
      source.addEventListener('run', (event) => {
        const next = JSON.parse((event as MessageEvent<string>).data) as LiveRun;
        if (next.epochs.length > seenEpochs) setArrivalsMs((times) => [...times, Date.now()]);
        seenEpochs = next.epochs.length;
        if (next.status === 'RUNNING') setRunningSinceMs((since) => since ?? Date.now());
        setRun(next);
        if (isTerminal(next.status)) {
          stopped = true;
          source?.close();
          setConnection('finished');
          router.refresh();
        }
      });
      source.onerror = () => {
        if (stopped) return;
        setConnection('reconnecting');
        // A refused stream (e.g. 401/404) closes for good; reopen it ourselves after a pause.
        if (source?.readyState === EventSource.CLOSED) retry = setTimeout(open, RETRY_MS);
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
    // `initial` is read once: the page remounts this hook (key) when the run's status or attempt changes on the server.
  }, [runId, router]);

  return { run, arrivalsMs, runningSinceMs, connection };
}

/** The current time, ticking every second while `active`; null before hydration so server and client agree. */
export function useNow(active: boolean): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
