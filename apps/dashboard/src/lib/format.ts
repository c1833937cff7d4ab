const DASH = '—';

/** 0.8734 → "87.3%"; null → "—". */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  return fraction == null || Number.isNaN(fraction) ? DASH : `${(fraction * 100).toFixed(digits)}%`;
}

/** 0.81234 → "0.812"; null → "—". */
export function formatScore(value: number | null | undefined): string {
  return value == null || Number.isNaN(value) ? DASH : value.toFixed(3);
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Parses an API timestamp: ISO 8601, or epoch milliseconds as a string. */
export function parseTimestamp(value: string): Date | null {
  const date = /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-11-25 16:47 UTC": fixed zone so server and browser render the same text. */
export function formatTimestamp(value: string): string {
  const date = parseTimestamp(value);
  return date ? `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` : value;
}

/** "HAPPY" → "Happy", "VALIDATION" → "Validation". */
export function titleCase(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase();
}

/** "batchSize" → "Batch size". */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A JSON value (hyperparameter, environment entry) as short text: true → "yes", objects as JSON. */
export function formatJsonValue(value: unknown): string {
  if (value == null) return DASH;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** 95.4 → "1 min 35 s"; null → "—". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return DASH;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
