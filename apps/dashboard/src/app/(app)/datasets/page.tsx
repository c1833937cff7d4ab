import type { Metadata } from 'next';
import { EmptyState } from '@/components/empty-state';
import { Timestamp } from '@/components/timestamp';
import { formatCount, titleCase } from '@/lib/format';
import { findDatasets } from '@/lib/queries/find-datasets';
import { ImportPanel } from './import-panel';
import { LabelCountTable } from './label-count-table';
import { ColumnHeaders } from '@/components/column-headers';

export const metadata: Metadata = { title: 'Datasets' };

export default async function DatasetsPage() {
  const datasets = await findDatasets();
  return (
    <>
      <h1>Datasets</h1>
      <ImportPanel />
      <h2>All datasets</h2>
      {datasets.length === 0 ? (
        <EmptyState title="No datasets yet">
          <p>Drop a folder on the import panel above, or import one with the CLI, for example:</p>
          <pre>
            <code>npm run emolab -- import --format fer2013 --name NAME DIR</code>
          </pre>
          <p className="muted">
            Use <code>--format tess</code> for TESS speech clips. The dataset appears here once the import finishes.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table" data-testid="datasets-table">
              <ColumnHeaders
                columns={[
                  'Name',
                  'Modality',
                  { label: 'Samples', numeric: true },
                  { label: 'Latest version', numeric: true },
                  'Created',
                ]}
              />
              <tbody>
                {datasets.map((dataset) => (
                  <tr key={dataset.id} data-testid="dataset-row">
                    <th scope="row">
                      <a href={`/datasets/${dataset.id}`}>{dataset.name}</a>{' '}
                      <a href={`#labels-${dataset.id}`} className="small">
                        counts
                      </a>
                    </th>
                    <td>{titleCase(dataset.modality)}</td>
                    <td className="num">{formatCount(dataset.sampleCount)}</td>
                    <td className="num">{dataset.latestVersion ? `v${dataset.latestVersion.number}` : '—'}</td>
                    <td>
                      <Timestamp value={dataset.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Label counts</h2>
          {datasets.map((dataset) => (
            <LabelCountTable key={dataset.id} dataset={dataset} />
          ))}
        </>
      )}
    </>
  );
}
