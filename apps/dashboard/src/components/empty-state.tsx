import type { ReactNode } from 'react';

/** A friendly box for "nothing here yet", with what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="empty-state" data-testid="empty-state">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
