import { apiRouteUrl } from '@/lib/api/api-url';
import { findApiKey } from '@/lib/session';

export const dynamic = 'force-dynamic';

/**
 * Serves a sample's bytes from the API's `GET /samples/:id/content` with the signed-in key.
 * A sample's content never changes, so the browser may keep it for a day (privately).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const apiKey = await findApiKey();
  if (!apiKey) return new Response('Sign in first.', { status: 401 });
  const { id } = await params;
  let upstream: Response;
  try {
    upstream = await fetch(apiRouteUrl(`/samples/${encodeURIComponent(id)}/content`), {
      headers: { authorization: `Bearer ${apiKey}` },
      cache: 'no-store',
      signal: request.signal,
    });
  } catch {
    return new Response('Could not reach the Emolab API.', { status: 502 });
  }
  if (!upstream.ok || !upstream.body)
    return new Response(await upstream.text(), { status: upstream.status === 200 ? 502 : upstream.status });
  const headers = new Headers({
    'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
    'cache-control': 'private, max-age=86400, immutable',
  });
  const length = upstream.headers.get('content-length');
  if (length) headers.set('content-length', length);
  return new Response(upstream.body, { headers });
}
