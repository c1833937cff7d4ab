import Link from 'next/link';

export default function ModelVersionNotFound() {
  return (
    <section className="empty-state" data-testid="not-found">
      <h1>Model version not found</h1>
      <p>
        It may have been deleted, or the link is wrong. <Link href="/models">See all model versions</Link>.
      </p>
    </section>
  );
}
