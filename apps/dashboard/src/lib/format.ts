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
