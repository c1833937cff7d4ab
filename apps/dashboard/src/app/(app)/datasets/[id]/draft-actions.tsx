'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { commitDraft, openDraft } from '@/actions/label-samples';
import type { Modality } from '@/gql/graphql';
import type { DatasetVersionSummary } from '@/lib/queries/find-dataset';
import { ResplitForm } from './resplit-form';

/** Open a labeling draft, or (on the draft) commit it and re-split it; always a link to labeling mode. */
export function DraftActions(props: {
  datasetId: string;
  draft: DatasetVersionSummary | null;
  selected: DatasetVersionSummary;
  modality: Modality;
}) {
  const { datasetId, draft, selected } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [note, setNote] = useState('');

  const run = (
    work: () => Promise<{ ok: true; data: { id: string; number: number } } | { ok: false; error: string }>,
    done: (n: number) => string,
  ) =>
    startTransition(async () => {
      const result = await work();
      if (!result.ok) return setMessage({ error: true, text: result.error });
      setMessage({ error: false, text: done(result.data.number) });
      router.push(`/datasets/${datasetId}?version=${result.data.id}`);
      router.refresh();
    });

  return (
    <div className="draft-actions">
      <div className="inline-form">
        <Link href={`/datasets/${datasetId}/label`} className="button button-small" data-testid="open-labeling">
          Label samples
        </Link>
        {draft ? null : (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={pending}
            onClick={() =>
              run(
                () => openDraft(datasetId),
                (n) => `Draft v${n} is open: labels and splits can change until you commit it.`,
              )
            }
          >
            Open labeling draft
          </button>
        )}
      </div>
      {draft && draft.id === selected.id ? (
        <>
          <form
            className="inline-form"
            onSubmit={(e) => (
              e.preventDefault(),
              run(
                () => commitDraft({ datasetId, versionId: draft.id, note }),
                (n) => `Committed version ${n}.`,
              )
            )}
          >
            <label htmlFor="commit-note" className="visually-hidden">
              Commit note
            </label>
            <input
              id="commit-note"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="Note (optional)"
              maxLength={200}
            />
            <button type="submit" className="button button-small" disabled={pending} data-testid="commit-draft">
              Commit draft v{draft.number}
            </button>
          </form>
          <ResplitForm datasetId={datasetId} versionId={draft.id} modality={props.modality} />
        </>
      ) : draft ? (
        <p className="small notice">
          Draft v{draft.number} is open. <Link href={`/datasets/${datasetId}?version=${draft.id}`}>Show it</Link> to
          commit or re-split.
        </p>
      ) : null}
      {message ? (
        <p
          className={message.error ? 'form-error small' : 'form-success small'}
          role={message.error ? 'alert' : 'status'}
          data-testid="draft-message"
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
