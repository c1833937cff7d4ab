import { ScoreBars } from '@/components/score-bars';
import { formatPercent, titleCase } from '@/lib/format';
import type { FramePrediction } from './use-frame-predictions';

/** What the latest webcam frame showed, as one word for tests and styling. */
export type WebcamState = 'waiting' | 'faces' | 'fallback' | 'no-face' | 'error';

/** Classifies the latest answer: faces found, whole-frame fallback, no face, or an error. */
export function webcamState(latest: FramePrediction | null): WebcamState {
  if (!latest) return 'waiting';
  if (latest.result.status === 'no-face') return 'no-face';
  if (latest.result.status === 'error') return 'error';
  return latest.result.prediction.faces.length > 0 ? 'faces' : 'fallback';
}

const STATUS_TEXT: Record<WebcamState, string> = {
  waiting: 'Waiting for the first frame…',
  faces: 'Faces in view',
  fallback: 'No face boxes from the API: showing the prediction for the whole frame',
  'no-face': 'No face in view',
  error: 'The last frame could not be classified',
};

/** Per-face emotion bars, or the whole-frame fallback, or the no-face / error state. */
export function WebcamResults({ latest, frames }: { latest: FramePrediction | null; frames: number }) {
  const state = webcamState(latest);
  const result = latest?.result;
  return (
    <section
      className="card webcam-results"
      aria-labelledby="webcam-results-heading"
      data-testid="webcam-results"
      data-state={state}
      data-frames={frames}
    >
      <h2 id="webcam-results-heading">Live prediction</h2>
      {/* Only the state's sentence is live, so screen readers are not flooded four times a second. */}
      <p
        className={`webcam-status webcam-status-${state}`}
        role="status"
        aria-live="polite"
        data-testid="webcam-status"
      >
        {STATUS_TEXT[state]}
      </p>
      <p className="muted small" data-testid="webcam-frames">
        {frames} frame{frames === 1 ? '' : 's'} classified
        {result?.status === 'done' ? ` · ${Math.round(result.prediction.latencyMs)} ms per frame in the API` : ''}
      </p>
      {result?.status === 'error' ? (
        <p className="form-error" role="alert" data-testid="webcam-error">
          {result.message}
        </p>
      ) : null}
      {result?.status === 'done' && result.prediction.faces.length > 0 ? (
        <ol className="face-results">
          {result.prediction.faces.map((face, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: faces have no identity; each prediction replaces the whole list
            <li key={i} data-testid="face-result">
              <h3>
                Face {i + 1}: {titleCase(face.emotion)} <span className="muted">{formatPercent(face.confidence)}</span>
              </h3>
              <ScoreBars scores={face.scores} labelPrefix={`Face ${i + 1}: `} testIdPrefix={`face-${i + 1}-score`} />
            </li>
          ))}
        </ol>
      ) : null}
      {result?.status === 'done' && result.prediction.faces.length === 0 ? (
        <div data-testid="webcam-fallback">
          <h3>
            Whole frame: <span data-testid="webcam-emotion">{titleCase(result.prediction.emotion)}</span>{' '}
            <span className="muted">{formatPercent(result.prediction.confidence)}</span>
          </h3>
          <ScoreBars scores={result.prediction.scores} testIdPrefix="webcam-score" />
        </div>
      ) : null}
    </section>
  );
}
