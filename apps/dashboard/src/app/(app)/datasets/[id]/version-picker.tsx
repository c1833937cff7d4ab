import type { DatasetVersionSummary, VersionDiff } from '@/lib/queries/find-dataset';
import { formatCount, formatTimestamp } from '@/lib/format';

/** A GET form choosing the version to show, and what changed since the one before. */
export function VersionPicker(props: {
  versions: DatasetVersionSummary[];
  selectedId: string;
  previous: DatasetVersionSummary | null;
  diff: VersionDiff | null;
}) {
  const { versions, selectedId, previous, diff } = props;
  return (
    <div className="version-picker">
      <form method="get" className="inline-form">
        <label htmlFor="version-select" className="strong">
          Version
        </label>
        <select id="version-select" name="version" defaultValue={selectedId} data-testid="version-select">
          {[...versions].reverse().map((v) => (
            <option key={v.id} value={v.id}>
              v{v.number}
              {v.frozen ? '' : ' (draft)'} · {formatCount(v.sampleCount)} samples · {formatTimestamp(v.createdAt)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-small button-secondary">
          Show
        </button>
      </form>
      <p className="small" data-testid="version-diff">
        {previous && diff
          ? `Since v${previous.number}: ${formatCount(diff.added)} added, ${formatCount(diff.removed)} removed, ${formatCount(diff.relabelled)} relabelled, ${formatCount(diff.unchanged)} unchanged.`
          : 'First version: nothing to compare with.'}
      </p>
    </div>
  );
}
