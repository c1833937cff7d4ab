/** Queue names, payload schemas and the producer-side queues. */
export {
  QUEUE_NAMES,
  importJobPayloadSchema,
  trainingJobPayloadSchema,
  createQueues,
  type ImportJobPayload,
  type TrainingJobPayload,
  type QueueOptions,
  type Queues,
} from './queues.js';
/** ioredis connection options from a redis:// URL. */
export { redisConnection } from './redis-connection.js';
