import { formatCount, formatScore, titleCase } from '@/lib/format';
import type { ClassMetrics } from '@/lib/queries/find-model-version';
import { ColumnHeaders } from '@/components/column-headers';

/** Precision, recall, F1 and support per emotion. */
export function PerClassTable({ perClass }: { perClass: ClassMetrics[] }) {
  if (perClass.length === 0) return <p className="muted">No per-class metrics were recorded.</p>;
  return (
    <div className="table-wrap">
      <table className="table table-compact" data-testid="per-class-table">
        <ColumnHeaders
          columns={['Emotion', ...['Precision', 'Recall', 'F1', 'Support'].map((label) => ({ label, numeric: true }))]}
        />
        <tbody>
          {perClass.map((row) => (
            <tr key={row.emotion} data-testid={`class-${row.emotion.toLowerCase()}`}>
              <th scope="row">{titleCase(row.emotion)}</th>
              <td className="num">{formatScore(row.precision)}</td>
              <td className="num">{formatScore(row.recall)}</td>
              <td className="num">{formatScore(row.f1)}</td>
              <td className="num">{formatCount(row.support)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
