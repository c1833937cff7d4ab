import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from './find-free-port.js';
import { startRedisServer } from './start-redis-server.js';

describe('startRedisServer', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  describe('when redis-server is not on the PATH', () => {
    it('fails with a message saying how to install it or set REDIS_URL', async () => {
      process.env.PATH = '/nonexistent';
      const error = await startRedisServer({ port: await findFreePort() }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/apt-get install redis-server/);
      expect((error as Error).message).toMatch(/REDIS_URL=redis:\/\//);
    });
  });
});
