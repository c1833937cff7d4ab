'use client';

import { useEffect, useState } from 'react';
import { loadLabelHistory, type LabelChangeEntry } from '@/actions/label-samples';
import { formatTimestamp, titleCase } from '@/lib/format';
import { SmallError } from '@/components/small-error';

/** The label changes of one sample, reloaded whenever `revision` moves. */
export function LabelHistory({ sampleId, revision }: { sampleId: string; revision: number }) {
  const [entries, setEntries] = useState<LabelChangeEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: revision is the refetch trigger (a label changed), not a value the effect reads
  useEffect(() => {
    let live = true;
    setError(null);
    void loadLabelHistory(sampleId).then((answer) => {
      if (!live) return;
      if (answer.ok) setEntries(answer.data);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [sampleId, revision]);

  const name = (label: string | null) => (label ? titleCase(label) : 'none');
  return (
    <section aria-labelledby="history-title" className="label-history" data-testid="label-history">
      <h2 id="history-title">History</h2>
      <SmallError message={error} />
      {entries === null ? (
        <p className="muted small">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="muted small">No label changes yet.</p>
      ) : (
        <ol className="plain-list small">
          {entries.map((e) => (
            <li key={e.id} data-undone={e.undone}>
              {e.undone ? (
                <s>
                  {name(e.oldLabel)} → {name(e.newLabel)}
                </s>
              ) : (
                <>
                  {name(e.oldLabel)} → {name(e.newLabel)}
                </>
              )}
              {e.undone ? ' (undone)' : ''} <span className="muted">{formatTimestamp(e.createdAt)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
