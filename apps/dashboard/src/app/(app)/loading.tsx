export default function Loading() {
  return (
    <p className="loading" role="status" aria-live="polite" data-testid="loading">
      Loading…
    </p>
  );
}
