import { formatPercent } from '@/lib/format';

export interface PercentBarProps {
  /** 0..1; clamped. */
  value: number;
  /** Accessible name, e.g. "Progress of run abc". */
  label: string;
  testId?: string;
}

/** A horizontal bar with the percentage beside it. */
export function PercentBar({ value, label, testId }: PercentBarProps) {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  const percent = Math.round(clamped * 1000) / 10;
  return (
    <div className="percent-bar" data-testid={testId} data-value={clamped}>
      <div
        className="percent-bar-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="percent-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="percent-bar-text">{formatPercent(clamped)}</span>
    </div>
  );
}
