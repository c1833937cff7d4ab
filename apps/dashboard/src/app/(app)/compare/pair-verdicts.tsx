import { formatCount } from '@/lib/format';
import { modelLetter } from '@/lib/model-letter';
import type { ComparisonPair } from '@/lib/queries/compare-model-versions';

/** McNemar's test for each pair: is the accuracy difference on the shared test set real? */
export function PairVerdicts({ pairs, ids }: { pairs: ComparisonPair[]; ids: string[] }) {
  const letter = (id: string) => modelLetter(ids.indexOf(id));
  return (
    <ul className="verdicts">
      {pairs.map((pair) => {
        const [a, b] = [letter(pair.a), letter(pair.b)];
        return (
          <li
            key={`${pair.a}/${pair.b}`}
            className="card verdict"
            data-testid="pair-verdict"
            data-significant={String(pair.significant)}
          >
            <h3>
              Model {b} vs model {a}
            </h3>
            <p>
              Accuracy {signed(pair.accuracyDelta * 100, 1)} pts · macro-F1 {signed(pair.macroF1Delta, 3)}
            </p>
            {pair.sameTestSet ? (
              <>
                <p className="strong" data-testid="mcnemar-verdict">
                  {pair.significant ? 'Significant difference' : 'No significant difference'} (McNemar p ={' '}
                  {formatP(pair.mcnemarPValue)}
                  {pair.mcnemarStatistic != null ? `, χ² = ${pair.mcnemarStatistic.toFixed(2)}` : ''})
                </p>
                <p className="muted small" data-testid="disagreements">
                  Only {a} correct: {formatCount(pair.onlyACorrect ?? 0)} · Only {b} correct:{' '}
                  {formatCount(pair.onlyBCorrect ?? 0)}
                </p>
              </>
            ) : (
              <p className="notice" data-testid="mcnemar-verdict">
                Not testable: the two models were evaluated on different test sets.
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function signed(value: number, digits: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(digits)}`;
}

function formatP(p: number | null): string {
  if (p == null) return '—';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}
