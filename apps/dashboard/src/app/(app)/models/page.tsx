import type { Metadata } from 'next';
import Link from 'next/link';
import { AliasBadges } from '@/components/alias-badges';
import { EmptyState } from '@/components/empty-state';
import { Timestamp } from '@/components/timestamp';
import { formatPercent, formatScore, titleCase } from '@/lib/format';
import { findModelVersions } from '@/lib/queries/find-model-versions';

export const metadata: Metadata = { title: 'Models' };

export default async function ModelsPage() {
  const versions = await findModelVersions();
  return (
    <>
      <h1>Model versions</h1>
      {versions.length === 0 ? (
        <EmptyState title="No models yet">
          <p>A model version appears here when a training run succeeds.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="model-versions-table">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Modality</th>
                <th scope="col" className="num">Accuracy</th>
                <th scope="col" className="num">Macro-F1</th>
                <th scope="col">Aliases</th>
                <th scope="col">Dataset</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id} data-testid="model-version-row" data-model-version-id={version.id}>
                  <th scope="row">
                    <Link href={`/models/${encodeURIComponent(version.id)}`}>
                      <code className="id">{version.id}</code>
                    </Link>
                    <div className="muted small">{version.architecture}</div>
                  </th>
                  <td>{titleCase(version.modality)}</td>
                  <td className="num" data-testid="model-accuracy">
                    {formatPercent(version.accuracy)}
                  </td>
                  <td className="num">{formatScore(version.macroF1)}</td>
                  <td>
                    <AliasBadges aliases={version.aliases} />
                  </td>
                  <td>{version.datasetName}</td>
                  <td>
                    <Timestamp value={version.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
