import { EmotionTimeline } from '@/components/charts/emotion-timeline';
import { ScoreBars } from '@/components/score-bars';
import { formatPercent, titleCase } from '@/lib/format';
import type { Prediction } from '@/lib/queries/predict-emotion';

/** The predicted emotion, its confidence, one bar per emotion, and per-face or per-window details when there are any. */
export function PredictionResult({ prediction, fileName }: { prediction: Prediction; fileName: string }) {
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
        {prediction.faces.length > 0
          ? ` · ${prediction.faces.length} face${prediction.faces.length === 1 ? '' : 's'} (largest shown)`
          : ''}
      </p>
      <ScoreBars scores={prediction.scores} />
      {prediction.windows.length > 0 ? <EmotionTimeline windows={prediction.windows} /> : null}
      {prediction.faces.length > 1 ? (
        <>
          <h3>Every face</h3>
          <ol className="plain-list" data-testid="face-list">
            {prediction.faces.map((face, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: faces have no identity; each prediction replaces the whole list
              <li key={i}>
                Face {i + 1}: <span className="strong">{titleCase(face.emotion)}</span> {formatPercent(face.confidence)}{' '}
                <span className="muted small">
                  at {Math.round(face.box.x)},{Math.round(face.box.y)} ({Math.round(face.box.width)}×
                  {Math.round(face.box.height)} px)
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
