import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EmptyState } from '@/components/empty-state';
import { decodeParam } from '@/lib/decode-param';
import { titleCase } from '@/lib/format';
import { diffDatasetVersions, findDataset, findVersionCounts } from '@/lib/queries/find-dataset';
import { LabelCountTable } from '../label-count-table';
import { DraftActions } from './draft-actions';
import { pickVersion } from './pick-version';
import { SampleBrowser } from './sample-browser';
import { VersionPicker } from './version-picker';

export const metadata: Metadata = { title: 'Dataset' };

interface DatasetPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ version?: string }>;
}

export default async function DatasetPage({ params, searchParams }: DatasetPageProps) {
  const id = decodeParam((await params).id);
  const dataset = await findDataset(id);
  if (!dataset) notFound();
  const { selected, previous, draft } = pickVersion(dataset.versions, (await searchParams).version);
  const [counts, diff] = await Promise.all([
    selected ? findVersionCounts(selected.id) : Promise.resolve([]),
    selected && previous ? diffDatasetVersions({ fromId: previous.id, toId: selected.id }) : Promise.resolve(null),
  ]);

  return (
    <>
      <p className="breadcrumb small">
        <Link href="/datasets">Datasets</Link> /
      </p>
      <div className="page-title">
        <h1 data-testid="dataset-name">{dataset.name}</h1>
        <span className="muted">
          {titleCase(dataset.modality)} · {dataset.sampleCount.toLocaleString('en-US')} samples
        </span>
      </div>
      {!selected ? (
        <EmptyState title="No versions yet">
          <p>
            This dataset has no samples yet. Import files on the <Link href="/datasets">Datasets</Link> page.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="dataset-toolbar">
            <VersionPicker versions={dataset.versions} selectedId={selected.id} previous={previous} diff={diff} />
            <DraftActions datasetId={dataset.id} draft={draft} selected={selected} modality={dataset.modality} />
          </div>
          <details className="counts-details">
            <summary>Samples per label and split in v{selected.number}</summary>
            <LabelCountTable
              dataset={{
                id: selected.id,
                name: `Version ${selected.number}${selected.frozen ? '' : ' (draft)'}`,
                modality: dataset.modality,
                sampleCount: selected.sampleCount,
                createdAt: selected.createdAt,
                latestVersion: null,
                labelCounts: counts,
              }}
            />
          </details>
          <SampleBrowser key={selected.id} versionId={selected.id} modality={dataset.modality} />
        </>
      )}
    </>
  );
}
