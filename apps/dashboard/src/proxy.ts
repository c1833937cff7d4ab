import { NextResponse, type NextRequest } from 'next/server';
import { API_KEY_COOKIE } from './lib/session-cookie';

/**
 * Optimistic gate: without the session cookie every page except /login goes to /login.
 * Pages still verify the key through the API, which is the real check.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.get(API_KEY_COOKIE)?.value) return NextResponse.next();
  return NextResponse.redirect(new URL('/login', request.url));
}

export const config = {
  matcher: ['/((?!login|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
