import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { API_KEY_COOKIE } from './session-cookie';

const THIRTY_DAYS_S = 30 * 24 * 60 * 60;

/** The signed-in API key, or null. */
export async function findApiKey(): Promise<string | null> {
  const value = (await cookies()).get(API_KEY_COOKIE)?.value;
  return value ? value : null;
}

/** The signed-in API key; redirects to /login when there is none. */
export async function requireApiKey(): Promise<string> {
  const apiKey = await findApiKey();
  if (!apiKey) redirect('/login');
  return apiKey;
}

/** Stores the API key in the session cookie. Only callable from a Server Action. */
export async function saveApiKey(apiKey: string): Promise<void> {
  // Secure only behind TLS: `next start` on plain http://127.0.0.1 must still keep the cookie.
  const secure = (await headers()).get('x-forwarded-proto')?.startsWith('https') ?? false;
  (await cookies()).set(API_KEY_COOKIE, apiKey, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: THIRTY_DAYS_S,
  });
}

/** Removes the session cookie. Only callable from a Server Action. */
export async function deleteApiKey(): Promise<void> {
  (await cookies()).delete(API_KEY_COOKIE);
}
