import { EMOTIONS, SPLITS } from '@emolab/core/domain';
import type { Emotion, Split } from '@/gql/graphql';
import type { ReviewQueue, SampleFilter } from '@/lib/datasets/sample-types';
import { titleCase } from '@/lib/format';

/** Labels of the review queues, in the order they are offered. */
export const QUEUES: { value: ReviewQueue; label: string }[] = [
  { value: 'all', label: 'All samples' },
  { value: 'unlabeled', label: 'Unlabeled' },
  { value: 'conflicted', label: 'Conflicting labels' },
  { value: 'disagreement', label: 'Model disagrees' },
];

/** Label, split, speaker and review-queue pickers above the sample grid. */
export function SampleFilters(props: {
  filter: SampleFilter;
  queue: ReviewQueue;
  showSpeaker: boolean;
  onChange: (filter: SampleFilter, queue: ReviewQueue) => void;
}) {
  const { filter, queue, onChange } = props;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of controls laid out by flexbox; a fieldset's default box and legend would need undoing
    <div className="filters" role="group" aria-label="Filter samples">
      <div className="field">
        <label htmlFor="filter-queue">Review queue</label>
        <select id="filter-queue" value={queue} onChange={(e) => onChange(filter, e.target.value as ReviewQueue)}>
          {QUEUES.map((q) => (
            <option key={q.value} value={q.value}>
              {q.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-label">Label</label>
        <select
          id="filter-label"
          value={filter.label ?? ''}
          disabled={queue === 'unlabeled' || queue === 'disagreement'}
          onChange={(e) => onChange({ ...filter, label: (e.target.value || undefined) as Emotion | undefined }, queue)}
        >
          <option value="">Any</option>
          {EMOTIONS.map((emotion) => (
            <option key={emotion} value={emotion}>
              {titleCase(emotion)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-split">Split</label>
        <select
          id="filter-split"
          value={filter.split ?? ''}
          disabled={queue === 'disagreement'}
          onChange={(e) => onChange({ ...filter, split: (e.target.value || undefined) as Split | undefined }, queue)}
        >
          <option value="">Any</option>
          {SPLITS.map((split) => (
            <option key={split} value={split}>
              {titleCase(split)}
            </option>
          ))}
        </select>
      </div>
      {props.showSpeaker ? (
        <div className="field">
          <label htmlFor="filter-speaker">Speaker</label>
          <input
            id="filter-speaker"
            defaultValue={filter.speaker ?? ''}
            placeholder="e.g. OAF"
            disabled={queue === 'disagreement'}
            onKeyDown={(e) =>
              e.key === 'Enter' && onChange({ ...filter, speaker: e.currentTarget.value.trim() || undefined }, queue)
            }
            onBlur={(e) => onChange({ ...filter, speaker: e.currentTarget.value.trim() || undefined }, queue)}
          />
        </div>
      ) : null}
    </div>
  );
}
