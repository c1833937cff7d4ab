import { EMOTIONS, SPLITS } from '@emolab/core/domain';
import type { Emotion, Split } from '@/gql/graphql';
import { formatCount, titleCase } from '@/lib/format';
import type { DatasetSummary, LabelCount } from '@/lib/queries/find-datasets';

const UNLABELLED = 'UNLABELLED';
type RowKey = Emotion | typeof UNLABELLED;
const ROW_ORDER: readonly RowKey[] = [...EMOTIONS, UNLABELLED];

/** One dataset's sample counts, label (rows) by split (columns), with totals. */
export function LabelCountTable({ dataset }: { dataset: DatasetSummary }) {
  const headingId = `labels-${dataset.id}`;
  const counts = indexCounts(dataset.labelCounts);
  const rows = rowKeys(dataset.labelCounts);
  const splits = SPLITS.filter((split) => split !== 'UNASSIGNED' || hasSplit(dataset.labelCounts, split));

  return (
    <section
      className="label-counts"
      aria-labelledby={headingId}
      data-testid="label-counts"
      data-dataset={dataset.name}
    >
      <h3 id={headingId}>{dataset.name}</h3>
      {rows.length === 0 ? (
        <p className="muted">No samples in this dataset yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">Label</th>
                {splits.map((split) => (
                  <th key={split} scope="col" className="num">
                    {titleCase(split)}
                  </th>
                ))}
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row}>
                  <th scope="row">{row === UNLABELLED ? 'Unlabelled' : titleCase(row)}</th>
                  {splits.map((split) => (
                    <td key={split} className="num">
                      {formatCount(counts.get(cellKey(row, split)) ?? 0)}
                    </td>
                  ))}
                  <td className="num strong">{formatCount(sumRow(counts, row))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function cellKey(row: RowKey, split: Split): string {
  return `${row}/${split}`;
}

function indexCounts(labelCounts: LabelCount[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { label, split, count } of labelCounts) {
    const key = cellKey(label ?? UNLABELLED, split);
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

function rowKeys(labelCounts: LabelCount[]): RowKey[] {
  const present = new Set<RowKey>(labelCounts.filter((c) => c.count > 0).map((c) => c.label ?? UNLABELLED));
  return ROW_ORDER.filter((key) => present.has(key));
}

function hasSplit(labelCounts: LabelCount[], split: Split): boolean {
  return labelCounts.some((c) => c.split === split && c.count > 0);
}

function sumRow(counts: Map<string, number>, row: RowKey): number {
  return SPLITS.reduce((total, split) => total + (counts.get(cellKey(row, split)) ?? 0), 0);
}
