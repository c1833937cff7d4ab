import type { DatasetVersionSummary } from '@/lib/queries/find-dataset';

/** The version asked for, else the open draft, else the newest; and the one before it. */
export function pickVersion(versions: DatasetVersionSummary[], wanted: string | undefined) {
  const draft = versions.find((v) => !v.frozen) ?? null;
  const selected = versions.find((v) => v.id === wanted) ?? draft ?? versions.at(-1) ?? null;
  const previous = selected ? ([...versions].reverse().find((v) => v.number < selected.number) ?? null) : null;
  return { selected, previous, draft };
}
