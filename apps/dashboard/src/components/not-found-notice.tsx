import Link from 'next/link';

/** The body of a not-found page for one kind of record, with a link back to the list of them. */
export function NotFoundNotice({ what, listHref, listName }: { what: string; listHref: string; listName: string }) {
  return (
    <section className="empty-state" data-testid="not-found">
      <h1>{what} not found</h1>
      <p>
        It may have been deleted, or the link is wrong. <Link href={listHref}>See all {listName}</Link>.
      </p>
    </section>
  );
}
