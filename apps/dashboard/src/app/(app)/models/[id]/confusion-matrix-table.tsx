import type { CSSProperties } from 'react';
import type { Emotion } from '@/gql/graphql';
import { formatCount, formatPercent, titleCase } from '@/lib/format';

export interface ConfusionMatrixTableProps {
  labels: Emotion[];
  /** Row = true emotion, column = predicted emotion, in `labels` order. */
  matrix: number[][];
}

/**
 * The confusion matrix as a table. Cells are shaded by their share of the row (recall for the
 * diagonal), so rare classes such as disgust are as readable as common ones.
 */
export function ConfusionMatrixTable({ labels, matrix }: ConfusionMatrixTableProps) {
  if (labels.length === 0 || matrix.length === 0) return <p className="muted">No confusion matrix was recorded.</p>;
  return (
    <div className="table-wrap">
      <table className="table confusion-matrix" data-testid="confusion-matrix">
        <caption className="muted small">
          Rows: true emotion. Columns: predicted emotion. Shade: share of the row.
        </caption>
        <thead>
          <tr>
            <th scope="col">True \ Predicted</th>
            {labels.map((label) => (
              <th key={label} scope="col" className="num">
                {titleCase(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((trueLabel, row) => {
            const counts = matrix[row] ?? [];
            const rowTotal = counts.reduce((sum, count) => sum + count, 0);
            return (
              <tr key={trueLabel}>
                <th scope="row">{titleCase(trueLabel)}</th>
                {labels.map((predicted, column) => {
                  const count = counts[column] ?? 0;
                  const share = rowTotal > 0 ? count / rowTotal : 0;
                  return (
                    <td
                      key={predicted}
                      className={`num cm-cell${row === column ? ' cm-diagonal' : ''}`}
                      style={shade(share)}
                      title={`${titleCase(trueLabel)} predicted as ${titleCase(predicted)}: ${formatCount(count)} (${formatPercent(share)} of row)`}
                    >
                      {formatCount(count)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Light to dark blue; text turns white where the background gets dark enough to need it. */
function shade(share: number): CSSProperties {
  const lightness = 97 - share * 62;
  return {
    backgroundColor: `hsl(215 70% ${lightness.toFixed(1)}%)`,
    color: lightness < 60 ? '#fff' : undefined,
  };
}
