import Link from 'next/link';
import { signOut } from '@/actions/sign-out';
import type { Viewer } from '@/lib/queries/get-viewer';
import { NavLink } from './nav-link';

const SECTIONS = [
  { href: '/datasets', label: 'Datasets' },
  { href: '/runs', label: 'Runs' },
  { href: '/models', label: 'Models' },
  { href: '/playground', label: 'Playground' },
  { href: '/settings', label: 'Settings' },
] as const;

/** Top bar: brand, section links, who is signed in, sign-out. */
export function SiteNav({ viewer }: { viewer: Viewer }) {
  return (
    <header className="site-header">
      <nav className="site-nav" aria-label="Main">
        <Link href="/datasets" className="brand">
          Emolab
        </Link>
        <ul className="nav-links">
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <NavLink href={section.href}>{section.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="viewer">
        <span className="viewer-name" data-testid="viewer-name">
          {viewer.name}
        </span>
        <span className="badge badge-role" data-testid="viewer-role" title="Role of this API key">
          {viewer.role}
        </span>
        <form action={signOut}>
          <button type="submit" className="button button-quiet">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
