import { apiRouteUrl } from '@/lib/api/api-url';
import { findApiKey } from '@/lib/session';

export const dynamic = 'force-dynamic';

const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  // no-transform keeps `next start`'s compression from buffering the stream.
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
};

/**
 * Proxies the API's `GET /runs/:id/events` server-sent events to the browser, adding the signed-in
 * key as the Authorization header that EventSource cannot send.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const apiKey = await findApiKey();
  if (!apiKey) return text(401, 'Sign in first.');
  const { id } = await params;
  let upstream: Response;
  try {
    upstream = await fetch(apiRouteUrl(`/runs/${encodeURIComponent(id)}/events`), {
      headers: { authorization: `Bearer ${apiKey}`, accept: 'text/event-stream' },
      cache: 'no-store',
      signal: request.signal,
    });
  } catch {
    return text(502, 'Could not reach the Emolab API.');
  }
  if (!upstream.ok || !upstream.body)
    return text(upstream.status === 200 ? 502 : upstream.status, await upstream.text());
  return new Response(upstream.body, { headers: STREAM_HEADERS });
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
