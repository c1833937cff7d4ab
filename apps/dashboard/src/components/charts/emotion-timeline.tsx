import { EMOTIONS } from '@emolab/core/domain';
import { EMOTION_COLORS } from '@/lib/chart-colors';
import { formatPercent, titleCase } from '@/lib/format';
import type { WindowPrediction } from '@/lib/queries/predict-emotion';
import { LineChartCard } from './line-chart-card';

/** "1.5–4.5 s" */
function windowLabel(window: WindowPrediction): string {
  return `${window.startSeconds.toFixed(1)}–${window.endSeconds.toFixed(1)} s`;
}

/** Each emotion's probability window by window through a recording, and the windows as a table. */
export function EmotionTimeline({ windows }: { windows: WindowPrediction[] }) {
  const data = windows.map((window) => {
    const row: Record<string, number | string> = { window: windowLabel(window) };
    for (const score of window.scores) row[score.emotion] = score.probability;
    return row;
  });
  return (
    <section
      className="timeline"
      aria-labelledby="timeline-heading"
      data-testid="emotion-timeline"
      data-windows={windows.length}
    >
      <h3 id="timeline-heading">Emotion over time</h3>
      <LineChartCard
        title="Probability per window"
        data={data}
        xKey="window"
        xLabel="Window"
        valueFormat="percent"
        series={EMOTIONS.map((emotion) => ({ key: emotion, name: titleCase(emotion), color: EMOTION_COLORS[emotion] }))}
        testId="timeline-chart"
      />
      <ol className="timeline-strip" aria-label="Most likely emotion per window">
        {windows.map((window) => (
          <li
            key={window.startSeconds}
            className="timeline-segment"
            style={{ borderTopColor: EMOTION_COLORS[window.emotion] }}
            data-testid="timeline-window"
          >
            <span className="muted small">{windowLabel(window)}</span>
            <span className="strong">{titleCase(window.emotion)}</span>
            <span className="small">{formatPercent(window.confidence)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
