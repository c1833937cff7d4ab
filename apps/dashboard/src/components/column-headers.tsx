/** One column of a table header: its label, right-aligned for numbers, a hover title, or a label for screen readers only. */
export interface Column {
  label: string;
  numeric?: boolean;
  title?: string;
  hidden?: boolean;
}

/** A table's header row; a column given as a string is plain left-aligned text. Labels must be unique (they key the cells). */
export function ColumnHeaders({ columns }: { columns: readonly (string | Column)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const { label, numeric, title, hidden } = typeof column === 'string' ? { label: column } : column;
          return (
            <th key={label} scope="col" className={numeric ? 'num' : undefined} title={title}>
              {hidden ? <span className="visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
