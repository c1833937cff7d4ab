'use client';

import Link from 'next/link';
import { useEffect, useMemo } from 'react';
import { SampleMedia } from '@/components/samples/sample-media';
import { EMOTIONS } from '@emolab/core/domain';
import type { Emotion, Modality } from '@/gql/graphql';
import type { ReviewQueue } from '@/lib/datasets/sample-types';
import { formatCount, titleCase } from '@/lib/format';
import { QUEUES } from '../sample-filters';
import { KeyLegend } from './key-legend';
import { LabelHistory } from './label-history';
import { useLabelKeys } from './use-label-keys';
import { useLabeling } from './use-labeling';

/** Labeling mode: one sample large, keys 1-7 label it and move on, U undoes. */
export function Labeler(props: {
  datasetId: string;
  versionId: string;
  versionNumber: number;
  isDraft: boolean;
  modality: Modality;
  queue: ReviewQueue;
}) {
  const { datasetId, modality, queue } = props;
  const state = useLabeling({ datasetId, versionId: props.versionId, isDraft: props.isDraft, queue });
  const { pages, index, move, undo } = state;
  const item = pages.items[index];

  useEffect(() => {
    if (index >= pages.items.length - 50) pages.loadMore();
  }, [index, pages]);

  const handlers = useMemo(
    () => ({
      label: (emotion: Emotion | null) => {
        if (!item) return;
        state.label(item, emotion);
        move(1);
      },
      move,
      undo,
      play: () => document.querySelector<HTMLButtonElement>('[data-testid="labeler-media"] .waveform')?.click(),
    }),
    [item, move, undo, state],
  );
  useLabelKeys(handlers);

  return (
    <div className="labeler">
      <nav className="queue-tabs" aria-label="Review queues">
        {QUEUES.map((q) => (
          <Link
            key={q.value}
            href={`/datasets/${datasetId}/label?queue=${q.value}`}
            className="mode-tab"
            aria-current={q.value === queue ? 'page' : undefined}
          >
            {q.label}
          </Link>
        ))}
      </nav>
      <p className="small" data-testid="labeler-version">
        {state.isDraft
          ? `Labels go to draft v${state.draftNumber ?? props.versionNumber}.`
          : `Showing v${props.versionNumber}. Your first label opens a labeling draft.`}
      </p>
      {state.message ? (
        <p
          className={state.message.error ? 'form-error' : 'notice'}
          role={state.message.error ? 'alert' : 'status'}
          data-testid="labeler-message"
        >
          {state.message.text}
        </p>
      ) : null}
      {pages.error ? (
        <p className="form-error" role="alert">
          {queue === 'disagreement' && /not found/i.test(pages.error)
            ? 'The model-disagreement queue needs a production model for this modality.'
            : pages.error}
        </p>
      ) : null}
      {pages.loading && !item ? <p className="loading">Loading samples…</p> : null}
      {!pages.loading && !pages.error && pages.totalCount === 0 ? (
        <p className="empty-state" data-testid="labeler-empty">
          This queue is empty.
        </p>
      ) : null}
      {item ? (
        <div className="labeler-body">
          <section className="labeler-sample" aria-labelledby="sample-title">
            <h2 id="sample-title" className="small">
              Sample {formatCount(index + 1)} of {formatCount(pages.totalCount ?? 0)}:{' '}
              <span className="id">{item.originalName || item.id}</span>
            </h2>
            <div className="labeler-media" data-testid="labeler-media">
              <SampleMedia
                key={item.id}
                id={item.id}
                modality={modality}
                label={item.originalName || 'sample'}
                size={modality === 'AUDIO' ? 560 : 320}
              />
            </div>
            <p data-testid="current-label" aria-live="polite">
              Label: <strong>{item.label ? titleCase(item.label) : 'none'}</strong>
              {item.predicted ? (
                <>
                  {' '}
                  · model says {titleCase(item.predicted)} ({Math.round((item.confidence ?? 0) * 100)}%)
                </>
              ) : null}
              {item.speaker ? <> · speaker {item.speaker}</> : null}
            </p>
            {/* biome-ignore lint/a11y/useSemanticElements: a toolbar of controls laid out by flexbox; a fieldset's default box and legend would need undoing */}
            <div className="label-buttons" role="group" aria-label="Assign a label">
              {EMOTIONS.map((emotion, i) => (
                <button
                  key={emotion}
                  type="button"
                  className={`button button-small${item.label === emotion ? '' : ' button-secondary'}`}
                  aria-pressed={item.label === emotion}
                  onClick={() => handlers.label(emotion)}
                >
                  <kbd>{i + 1}</kbd> {titleCase(emotion)}
                </button>
              ))}
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => handlers.label(null)}
              >
                <kbd>0</kbd> Clear
              </button>
            </div>
            <div className="inline-form">
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => move(-1)}
                disabled={index === 0}
              >
                ← Previous
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => move(1)}>
                Next →
              </button>
              <button type="button" className="button button-small button-quiet" onClick={undo}>
                Undo (U)
              </button>
            </div>
          </section>
          <aside className="labeler-side">
            <KeyLegend />
            {state.isDraft ? <LabelHistory sampleId={item.id} revision={state.revision} /> : null}
          </aside>
        </div>
      ) : null}
    </div>
  );
}
