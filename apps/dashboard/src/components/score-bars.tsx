import { PercentBar } from '@/components/percent-bar';
import { titleCase } from '@/lib/format';
import type { EmotionScore } from '@/lib/queries/predict-emotion';

/** One bar per emotion, most likely first. */
export function ScoreBars({
  scores,
  labelPrefix = '',
  testIdPrefix = 'score',
}: {
  scores: EmotionScore[];
  labelPrefix?: string;
  testIdPrefix?: string;
}) {
  const sorted = [...scores].sort((a, b) => b.probability - a.probability);
  return (
    <ul className="scores">
      {sorted.map((score) => (
        <li key={score.emotion} className="score">
          <span className="score-label">{titleCase(score.emotion)}</span>
          <PercentBar
            value={score.probability}
            label={`${labelPrefix}Probability of ${titleCase(score.emotion)}`}
            testId={`${testIdPrefix}-${score.emotion.toLowerCase()}`}
          />
        </li>
      ))}
    </ul>
  );
}
