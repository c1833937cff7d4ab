#!/usr/bin/env node
import { loadConfig } from '@emolab/core/config';
import { createApiDeps } from './deps.js';
import { createHttpServer } from './server/create-http-server.js';
import { describeBackend, initBackend } from '@emolab/ml/backend';

const config = loadConfig();
if (!config.DATABASE_URL || !config.REDIS_URL) {
  console.error('[api] DATABASE_URL and REDIS_URL must be set (`npm start` sets both for you).');
  process.exit(1);
}
const backend = await initBackend({ nativePrecision: config.EMOLAB_NATIVE_BF16 === 'bf16' ? 'bf16' : 'f32' });
const deps = createApiDeps({ ...config, DATABASE_URL: config.DATABASE_URL, REDIS_URL: config.REDIS_URL });
const { server, stop } = await createHttpServer(deps);
server.listen(config.EMOLAB_API_PORT, config.EMOLAB_HOST, () => {
  console.log(
    `[api] GraphQL at http://${config.EMOLAB_HOST}:${config.EMOLAB_API_PORT}/graphql (tfjs backend: ${describeBackend(backend)})`,
  );
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stop()
      .then(() => deps.close())
      .finally(() => process.exit(0));
  });
}
