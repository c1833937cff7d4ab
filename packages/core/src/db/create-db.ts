import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.js';

/** The Prisma client type; only services hold one. */
export type Db = PrismaClient;

/** Opens a Prisma client over node-postgres; no engine binary is needed at run time. */
export function createDb(options: { databaseUrl: string; maxConnections?: number }): Db {
  const adapter = new PrismaPg({ connectionString: options.databaseUrl, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}
