import type { Metadata } from 'next';
import Link from 'next/link';
import { AliasBadges } from '@/components/alias-badges';
import { EmptyState } from '@/components/empty-state';
import { Timestamp } from '@/components/timestamp';
import { formatPercent, formatScore, titleCase } from '@/lib/format';
import { findAliasHistory } from '@/lib/queries/find-alias-history';
import { findModelVersions, type ModelVersionSummary } from '@/lib/queries/find-model-versions';
import { AliasTable, type AliasState } from './alias-table';
import { CompareBar } from './compare-bar';
import { CompareCheckbox } from './compare-checkbox';
import { CompareSelectionProvider } from './compare-selection';
import { PromoteForm } from './promote-form';
import { ColumnHeaders } from '@/components/column-headers';

export const metadata: Metadata = { title: 'Models' };

export default async function ModelsPage() {
  const versions = await findModelVersions();
  const aliases = await findAliases(versions);
  return (
    <>
      <h1>Model registry</h1>
      {versions.length === 0 ? (
        <EmptyState title="No models yet">
          <p>
            A model version appears here when a training run succeeds. <Link href="/runs">Launch a run</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          <h2>Aliases</h2>
          <AliasTable aliases={aliases} />
          <h2 id="versions-heading">Model versions</h2>
          <datalist id="alias-suggestions">
            <option value="production" />
            <option value="staging" />
            <option value="candidate" />
          </datalist>
          <CompareSelectionProvider>
            <CompareBar />
            <div className="table-wrap">
              <table className="table" data-testid="model-versions-table" aria-labelledby="versions-heading">
                <ColumnHeaders
                  columns={[
                    { label: 'Compare', hidden: true },
                    'Version',
                    'Modality',
                    { label: 'Accuracy', numeric: true },
                    { label: 'Macro-F1', numeric: true },
                    'Aliases',
                    'Dataset',
                    'Created',
                    'Promote',
                  ]}
                />
                <tbody>
                  {versions.map((version) => (
                    <ModelRow key={version.id} version={version} />
                  ))}
                </tbody>
              </table>
            </div>
          </CompareSelectionProvider>
        </>
      )}
    </>
  );
}

function ModelRow({ version }: { version: ModelVersionSummary }) {
  return (
    <tr data-testid="model-version-row" data-model-version-id={version.id}>
      <td>
        <CompareCheckbox id={version.id} />
      </td>
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
      <td>
        <PromoteForm modelVersionId={version.id} aliases={version.aliases} />
      </td>
    </tr>
  );
}

/** Every alias currently set, with its history (for "before" and whether a rollback is possible). */
async function findAliases(versions: ModelVersionSummary[]): Promise<AliasState[]> {
  const current = versions.flatMap((v) => v.aliases.map((name) => ({ name, modality: v.modality })));
  current.sort((a, b) => a.modality.localeCompare(b.modality) || a.name.localeCompare(b.name));
  return Promise.all(current.map(async (alias) => ({ ...alias, history: await findAliasHistory(alias) })));
}
