import { defineConfig } from 'prisma/config';

// Prisma CLI tooling only; the platform reads DATABASE_URL through @emolab/core/config.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/emolab' },
});
