'use client';

import { useCallback, useRef, useState } from 'react';
import { openDraft, setLabels, undoLabels } from '@/actions/label-samples';
import type { Emotion } from '@/gql/graphql';
import type { ReviewQueue } from '@/lib/datasets/sample-types';
import { useSamplePages, type QueueItem } from '@/lib/datasets/use-sample-pages';
import { findDraftTwin } from './find-draft-twin';

interface UndoEntry {
  batchId: string;
  sampleId: string;
  previous: Emotion | null;
  item: QueueItem;
}

/** The labeler's state: which version and sample, and label/undo that go to the draft in order. */
export function useLabeling(options: { datasetId: string; versionId: string; isDraft: boolean; queue: ReviewQueue }) {
  const [versionId, setVersionId] = useState(options.versionId);
  const [draftNumber, setDraftNumber] = useState<number | null>(null);
  const draftId = useRef<string | null>(options.isDraft ? options.versionId : null);
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [revision, setRevision] = useState(0);
  const undoStack = useRef<UndoEntry[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const pages = useSamplePages({ versionId, filter: {}, queue: options.queue });
  const { patchItems } = pages;
  const items = useRef<QueueItem[]>([]);
  items.current = pages.items;
  // When the list switches to a newly opened draft, stay on the same sample rather than the same position.
  const remapFrom = useRef<string | null>(null);
  const lastOld = useRef<QueueItem | null>(null);
  if (remapFrom.current && pages.itemsVersionId === remapFrom.current)
    lastOld.current = pages.items[index] ?? lastOld.current;
  else if (remapFrom.current && pages.itemsVersionId === versionId) {
    // Remapped while rendering, not in an effect: the draft's list at the old position (another
    // sample) is never painted, so no key press can land on it.
    remapFrom.current = null;
    const wanted = lastOld.current;
    const found = wanted
      ? pages.items.findIndex((s) => s.originalName === wanted.originalName && s.blobHash === wanted.blobHash)
      : -1;
    if (found >= 0 && found !== index) setIndex(found);
  }

  const enqueue = useCallback((work: () => Promise<void>) => {
    chain.current = chain.current
      .then(work)
      .catch((error: unknown) =>
        setMessage({ error: true, text: error instanceof Error ? error.message : 'Labeling failed.' }),
      );
  }, []);

  const ensureDraft = useCallback(async (): Promise<{ id: string; opened: boolean }> => {
    if (draftId.current) return { id: draftId.current, opened: false };
    const draft = await openDraft(options.datasetId);
    if (!draft.ok) throw new Error(draft.error);
    draftId.current = draft.data.id;
    setDraftNumber(draft.data.number);
    return { id: draft.data.id, opened: true };
  }, [options.datasetId]);

  const label = useCallback(
    (item: QueueItem, emotion: Emotion | null) => {
      const sameSample = (s: QueueItem) =>
        s.id === item.id ||
        (!!item.originalName && s.originalName === item.originalName && s.blobHash === item.blobHash);
      patchItems(sameSample, { label: emotion });
      enqueue(async () => {
        const inDraft = draftId.current !== null && versionId === draftId.current;
        const draft = await ensureDraft();
        const sampleId = inDraft ? item.id : await findDraftTwin(draft.id, item);
        if (!sampleId) throw new Error(`Could not find ${item.originalName} in the draft.`);
        const result = await setLabels({ sampleIds: [sampleId], label: emotion });
        if (!result.ok) throw new Error(result.error);
        undoStack.current.push({ batchId: result.data.batchId, sampleId, previous: item.label, item });
        // Pages that arrived meanwhile (e.g. the draft's) may predate this change.
        patchItems((s) => s.id === sampleId || sameSample(s), { label: emotion });
        if (draft.opened) {
          setMessage({ error: false, text: 'Opened a labeling draft: your labels go there until you commit it.' });
          remapFrom.current = versionId;
          setVersionId(draft.id);
        }
        setRevision((r) => r + 1);
      });
    },
    [enqueue, ensureDraft, patchItems, versionId],
  );

  const undo = useCallback(() => {
    enqueue(async () => {
      const entry = undoStack.current.pop();
      const result = await undoLabels(entry?.batchId);
      if (!result.ok) throw new Error(result.error);
      if (entry) {
        const same = (s: QueueItem) =>
          s.id === entry.sampleId ||
          (!!entry.item.originalName &&
            s.originalName === entry.item.originalName &&
            s.blobHash === entry.item.blobHash);
        patchItems(same, { label: entry.previous });
        const at = items.current.findIndex(same);
        if (at >= 0) setIndex(at); // show the sample whose change was undone
      } else pages.reload();
      setMessage({
        error: false,
        text: `Undid ${result.data.changed} label change${result.data.changed === 1 ? '' : 's'}.`,
      });
      setRevision((r) => r + 1);
    });
  }, [enqueue, pages, patchItems]);

  const move = useCallback(
    (delta: number) => {
      setIndex((i) => Math.max(0, Math.min(i + delta, Math.max(0, (pages.totalCount ?? 1) - 1))));
    },
    [pages.totalCount],
  );

  return {
    pages,
    index,
    setIndex,
    move,
    label,
    undo,
    message,
    revision,
    versionId,
    isDraft: draftId.current !== null && versionId === draftId.current,
    draftNumber,
  };
}
