import type { ReactNode } from 'react';
import { SiteNav } from '@/components/site-nav';
import { getViewer } from '@/lib/queries/get-viewer';

/** Shell of every signed-in page; fetching the viewer also sends signed-out visitors to /login. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return (
    <>
      <SiteNav viewer={viewer} />
      <main className="page">{children}</main>
    </>
  );
}
