import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EmptyState } from '@/components/empty-state';
import type { ReviewQueue } from '@/lib/datasets/sample-types';
import { decodeParam } from '@/lib/decode-param';
import { findDataset } from '@/lib/queries/find-dataset';
import { pickVersion } from '../pick-version';
import { Labeler } from './labeler';

export const metadata: Metadata = { title: 'Label samples' };

const QUEUE_VALUES: readonly ReviewQueue[] = ['all', 'unlabeled', 'conflicted', 'disagreement'];

interface LabelPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ queue?: string }>;
}

export default async function LabelPage({ params, searchParams }: LabelPageProps) {
  const id = decodeParam((await params).id);
  const dataset = await findDataset(id);
  if (!dataset) notFound();
  const wanted = (await searchParams).queue;
  const queue = QUEUE_VALUES.find((q) => q === wanted) ?? 'all';
  const { selected, draft } = pickVersion(dataset.versions, undefined);

  return (
    <>
      <p className="breadcrumb small">
        <Link href="/datasets">Datasets</Link> / <Link href={`/datasets/${dataset.id}`}>{dataset.name}</Link> /
      </p>
      <h1>Label {dataset.name}</h1>
      {!selected ? (
        <EmptyState title="Nothing to label">
          <p>Import samples first.</p>
        </EmptyState>
      ) : (
        <Labeler
          key={queue}
          datasetId={dataset.id}
          versionId={selected.id}
          versionNumber={selected.number}
          isDraft={draft?.id === selected.id}
          modality={dataset.modality}
          queue={queue}
        />
      )}
    </>
  );
}
