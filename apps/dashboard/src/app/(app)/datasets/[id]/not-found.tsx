import Link from 'next/link';

export default function DatasetNotFound() {
  return (
    <section className="empty-state" data-testid="not-found">
      <h1>Dataset not found</h1>
      <p>
        It may have been deleted, or the link is wrong. <Link href="/datasets">See all datasets</Link>.
      </p>
    </section>
  );
}
