import { PercentBar } from '@/components/percent-bar';
import { formatPercent, titleCase } from '@/lib/format';
import type { Prediction } from '@/lib/queries/predict-emotion';

/** The predicted emotion, its confidence and one bar per emotion, most likely first. */
export function PredictionResult({ prediction, fileName }: { prediction: Prediction; fileName: string }) {
  const scores = [...prediction.scores].sort((a, b) => b.probability - a.probability);
  return (
    <section className="card prediction" aria-labelledby="prediction-heading" data-testid="prediction">
      <h2 id="prediction-heading">
        <span data-testid="predicted-emotion">{titleCase(prediction.emotion)}</span>{' '}
        <span className="muted" data-testid="prediction-confidence">
          {formatPercent(prediction.confidence)}
        </span>
      </h2>
      <p className="muted small">
        {fileName} · model <code data-testid="prediction-model-version">{prediction.modelVersion.id}</code>
        {prediction.modelVersion.aliases.length > 0 ? ` (${prediction.modelVersion.aliases.join(', ')})` : ''} ·{' '}
        <span data-testid="prediction-latency">{Math.round(prediction.latencyMs)} ms</span>
      </p>
      <ul className="scores">
        {scores.map((score) => (
          <li key={score.emotion} className="score">
            <span className="score-label">{titleCase(score.emotion)}</span>
            <PercentBar
              value={score.probability}
              label={`Probability of ${titleCase(score.emotion)}`}
              testId={`score-${score.emotion.toLowerCase()}`}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
