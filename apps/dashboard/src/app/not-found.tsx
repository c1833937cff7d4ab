import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="page page-narrow">
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. <Link href="/datasets">Go to datasets</Link>.
      </p>
    </main>
  );
}
