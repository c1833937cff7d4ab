import type { ReactNode } from 'react';
import { formatJsonValue, humanizeKey } from '@/lib/format';

export interface KeyValueTableProps {
  /** Shown as the table's caption, for screen readers and as a visible title. */
  caption: string;
  entries: [string, unknown][];
  testId?: string;
  emptyText?: string;
  /** Row headings for keys that humanizeKey would spell badly, e.g. { cpuModel: 'CPU' }. */
  labels?: Record<string, string>;
  /** Renders a value specially; return undefined for the default formatting. */
  renderValue?: (key: string, value: unknown) => ReactNode | undefined;
}

/** A two-column table of named values, e.g. hyperparameters. */
export function KeyValueTable({
  caption,
  entries,
  testId,
  emptyText = 'Nothing recorded.',
  labels,
  renderValue,
}: KeyValueTableProps) {
  if (entries.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <div className="table-wrap">
      <table className="table table-compact key-values" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <tbody>
          {entries.map(([key, value]) => (
            <tr key={key} data-key={key}>
              <th scope="row">{labels?.[key] ?? humanizeKey(key)}</th>
              <td>{renderValue?.(key, value) ?? <code>{formatJsonValue(value)}</code>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
