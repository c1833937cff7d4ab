import { EMOTIONS } from '@emolab/core/domain';
import { titleCase } from '@/lib/format';

/** The keyboard shortcuts of labeling mode, always visible. */
export function KeyLegend() {
  return (
    <section className="key-legend" aria-labelledby="key-legend-title" data-testid="key-legend">
      <h2 id="key-legend-title">Keys</h2>
      <dl>
        {EMOTIONS.map((emotion, i) => (
          <div key={emotion}>
            <dt>
              <kbd>{i + 1}</kbd>
            </dt>
            <dd>{titleCase(emotion)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>0</kbd> / <kbd>⌫</kbd>
          </dt>
          <dd>Clear label</dd>
        </div>
        <div>
          <dt>
            <kbd>→</kbd> / <kbd>J</kbd>
          </dt>
          <dd>Next</dd>
        </div>
        <div>
          <dt>
            <kbd>←</kbd> / <kbd>K</kbd>
          </dt>
          <dd>Previous</dd>
        </div>
        <div>
          <dt>
            <kbd>U</kbd>
          </dt>
          <dd>Undo last change</dd>
        </div>
        <div>
          <dt>
            <kbd>P</kbd>
          </dt>
          <dd>Play clip (audio)</dd>
        </div>
      </dl>
    </section>
  );
}
