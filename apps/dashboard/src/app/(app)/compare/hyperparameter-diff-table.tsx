import { formatJsonValue, humanizeKey } from '@/lib/format';
import { modelLetter } from '@/lib/model-letter';
import { ColumnHeaders } from '@/components/column-headers';

/** The hyperparameters whose values differ between the compared models. */
export function HyperparameterDiffTable({
  diffs,
  count,
}: {
  diffs: { name: string; values: unknown[] }[];
  count: number;
}) {
  if (diffs.length === 0)
    return <p className="muted">All compared models were trained with the same hyperparameters.</p>;
  return (
    <div className="table-wrap">
      <table className="table table-compact" data-testid="hyperparameter-diff">
        <ColumnHeaders
          columns={['Hyperparameter', ...Array.from({ length: count }, (_, i) => `Model ${modelLetter(i)}`)]}
        />
        <tbody>
          {diffs.map((diff) => (
            <tr key={diff.name}>
              <th scope="row">{humanizeKey(diff.name)}</th>
              {Array.from({ length: count }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are the compared models by position (A, B, ...)
                <td key={i}>
                  <code>{formatJsonValue(diff.values[i])}</code>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
