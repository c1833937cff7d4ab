/** Model aliases such as `production`, one badge each. */
export function AliasBadges({ aliases }: { aliases: string[] }) {
  if (aliases.length === 0) return <span className="muted">—</span>;
  return (
    <span className="badges">
      {aliases.map((alias) => (
        <span key={alias} className={`badge badge-alias badge-alias-${alias}`} data-testid="alias-badge">
          {alias}
        </span>
      ))}
    </span>
  );
}
