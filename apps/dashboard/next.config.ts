import type { NextConfig } from 'next';

// The playground accepts files up to 10 MB (src/lib/upload-limit.ts); leave room for multipart overhead.
const UPLOAD_BODY_LIMIT = '11mb';

const nextConfig: NextConfig = {
  experimental: {
    serverActions: { bodySizeLimit: UPLOAD_BODY_LIMIT },
    // src/proxy.ts buffers request bodies too (10 MB by default), so it needs the same limit.
    proxyClientMaxBodySize: UPLOAD_BODY_LIMIT,
  },
};

export default nextConfig;
