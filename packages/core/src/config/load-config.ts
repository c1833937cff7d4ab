import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);
const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || protocols.some((p) => value.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

/** Every environment variable Emolab reads; README's configuration table mirrors this schema. */
export const configSchema = z.object({
  DATABASE_URL: optionalUrl(['postgresql', 'postgres']),
  REDIS_URL: optionalUrl(['redis', 'rediss']),
  EMOLAB_DATA_DIR: z.string().default('.data'),
  EMOLAB_HOST: z.string().default('127.0.0.1'),
  EMOLAB_API_PORT: port.default(4000),
  EMOLAB_DASHBOARD_PORT: port.default(3000),
  EMOLAB_API_URL: z.string().url().default('http://127.0.0.1:4000'),
  EMOLAB_API_KEY: z.string().optional(),
  EMOLAB_EMBEDDED_PG_PORT: port.default(54329),
  EMOLAB_EMBEDDED_REDIS_PORT: port.default(63799),
  EMOLAB_QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes only')
    .default('emolab'),
  EMOLAB_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  EMOLAB_MAX_ANONYMOUS_BODY_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(16 * 1024),
  EMOLAB_TRAINER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  EMOLAB_TRAINER_GPU: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Data-parallel workers per image run; unset: 1 on the oneDNN kernels (they use every core), else up to 2. */
  EMOLAB_TRAINER_WORKERS: z.coerce.number().int().min(1).max(16).optional(),
  /**
   * What the trainer's oneDNN convolutions multiply in: 'auto' (default) bf16 where the CPU has
   * AVX512_BF16 or AMX, else f32; 1 always bf16 (fails elsewhere); 0 always f32. The API serves in
   * f32 unless this is 1, so predictions do not depend on the CPU.
   */
  EMOLAB_NATIVE_BF16: z
    .enum(['0', '1', 'auto'])
    .default('auto')
    .transform((v) => (v === '1' ? 'bf16' : v === '0' ? 'f32' : 'auto')),
  EMOLAB_JOB_LOCK_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  EMOLAB_DATASETS_DIR: z.string().optional(),
});

type ParsedConfig = z.infer<typeof configSchema>;

/** Validated, frozen configuration; `dataDir` is absolute. */
export type Config = Readonly<ParsedConfig & { dataDir: string }>;

/** Thrown when an environment variable is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once at boot; a bad value fails with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze({ ...parsed.data, dataDir: path.resolve(cwd, parsed.data.EMOLAB_DATA_DIR) });
}
