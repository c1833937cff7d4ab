import Link from 'next/link';

export default function TrainingRunNotFound() {
  return (
    <section className="empty-state" data-testid="not-found">
      <h1>Training run not found</h1>
      <p>
        It may have been deleted, or the link is wrong. <Link href="/runs">See all training runs</Link>.
      </p>
    </section>
  );
}
