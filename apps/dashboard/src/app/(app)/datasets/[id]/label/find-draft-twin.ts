import { loadSamplePage } from '@/actions/load-samples';
import type { QueueItem } from '@/lib/datasets/use-sample-pages';

/**
 * A draft copies its samples under new ids: finds the copy of `item` (same file name and content)
 * among the draft's samples with the same split and label.
 */
export async function findDraftTwin(draftId: string, item: QueueItem): Promise<string | null> {
  // Disagreement-queue items carry only an id, so there is nothing to match them by.
  if (!item.originalName)
    throw new Error('Open the labeling draft (on the dataset page) before labeling from this queue.');
  const filter = item.label ? { label: item.label, split: item.split } : { unlabeled: true, split: item.split };
  let after: string | null = null;
  do {
    const page = await loadSamplePage({ versionId: draftId, filter, after, first: 1000 });
    if (!page.ok) throw new Error(page.error);
    const twin = page.data.items.find((s) => s.originalName === item.originalName && s.blobHash === item.blobHash);
    if (twin) return twin.id;
    after = page.data.nextCursor;
  } while (after);
  return null;
}
