import { EMOTIONS, SPLITS } from '@emolab/core/domain';
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
      <AnyOfFilter
        id="filter-label"
        label="Label"
        values={EMOTIONS}
        value={filter.label}
        disabled={queue === 'unlabeled' || queue === 'disagreement'}
        onChange={(label) => onChange({ ...filter, label }, queue)}
      />
      <AnyOfFilter
        id="filter-split"
        label="Split"
        values={SPLITS}
        value={filter.split}
        disabled={queue === 'disagreement'}
        onChange={(split) => onChange({ ...filter, split }, queue)}
      />
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

/** A filter on one enum field: "Any" (no filter) or one of `values`, shown in title case. */
function AnyOfFilter<T extends string>(props: {
  id: string;
  label: string;
  values: readonly T[];
  value: T | null | undefined;
  disabled: boolean;
  onChange: (value: T | undefined) => void;
}) {
  const { id, label, values, value, disabled, onChange } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange((e.target.value || undefined) as T | undefined)}
      >
        <option value="">Any</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {titleCase(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
