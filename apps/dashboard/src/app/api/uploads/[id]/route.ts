import { apiRouteUrl } from '@/lib/api/api-url';
import { findApiKey } from '@/lib/session';

export const dynamic = 'force-dynamic';

/**
 * Streams the browser's multipart upload through to the API's `POST /uploads/:id`, adding the
 * signed-in key; the body is never buffered here.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const apiKey = await findApiKey();
  if (!apiKey) return json(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } });
  const contentType = request.headers.get('content-type');
  if (!contentType?.startsWith('multipart/form-data') || !request.body) {
    return json(400, { error: { code: 'INVALID_INPUT', message: 'Send multipart/form-data.' } });
  }
  const { id } = await params;
  let upstream: Response;
  try {
    upstream = await fetch(apiRouteUrl(`/uploads/${encodeURIComponent(id)}`), {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': contentType },
      body: request.body,
      duplex: 'half',
      cache: 'no-store',
      signal: request.signal,
    } as RequestInit & { duplex: 'half' });
  } catch {
    return json(502, { error: { code: 'UNREACHABLE', message: 'Could not reach the Emolab API.' } });
  }
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json' },
  });
}

function json(status: number, body: unknown): Response {
  return Response.json(body, { status });
}
