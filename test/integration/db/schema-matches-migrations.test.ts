import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { ROOT } from '../../support/platform.js';

type DmmfField = {
  name: string;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  default?: { name?: string } | string | number | boolean;
  isUpdatedAt: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type Dmmf = {
  datamodel: {
    models: { name: string; fields: DmmfField[] }[];
    enums: { name: string; values: { name: string }[] }[];
    indexes: { model: string; type: 'id' | 'unique' | 'normal'; fields: { name: string }[] }[];
  };
};

const schemaWasm = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };
const schema = readFileSync(path.join(ROOT, 'prisma/schema.prisma'), 'utf8');
const dmmf = JSON.parse(schemaWasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] }))) as Dmmf;

const SQL_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  Float: 'double precision',
  Boolean: 'boolean',
  DateTime: 'timestamp without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
  BigInt: 'bigint',
};

// Columns Prisma fills itself (cuid ids, @updatedAt) have no database default.
function expectsDbDefault(field: DmmfField): boolean {
  if (!field.hasDefaultValue) return false;
  return !(typeof field.default === 'object' && field.default?.name && ['cuid', 'uuid'].includes(field.default.name));
}

describe('prisma/schema.prisma', () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
  });
  afterAll(() => client.end());

  describe('when compared with the database built by the migrations', () => {
    it('has exactly the same tables', async () => {
      const { rows } = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'",
      );
      expect(rows.map((r) => r.table_name).sort()).toEqual(dmmf.datamodel.models.map((m) => m.name).sort());
    });

    it('has the same enums and values', async () => {
      const { rows } = await client.query<{ name: string; values: string[] }>(
        'SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname',
      );
      const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
      expect(Object.fromEntries(rows.map((r) => [r.name, r.values]))).toEqual(expected);
    });

    it('has every column with the same type, nullability and default, and no others', async () => {
      const { rows } = await client.query<{
        table_name: string;
        column_name: string;
        data_type: string;
        udt_name: string;
        is_nullable: string;
        column_default: string | null;
      }>(
        "SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'",
      );
      const actual = rows.map((r) => ({
        column: `${r.table_name}.${r.column_name}`,
        type: r.data_type === 'USER-DEFINED' ? r.udt_name : r.data_type,
        nullable: r.is_nullable === 'YES',
        hasDefault: r.column_default !== null,
      }));
      const expected = dmmf.datamodel.models.flatMap((m) =>
        m.fields
          .filter((f) => f.kind !== 'object')
          .map((f) => ({
            column: `${m.name}.${f.name}`,
            type: f.kind === 'enum' ? f.type : SQL_TYPES[f.type],
            nullable: !f.isRequired,
            hasDefault: expectsDbDefault(f),
          })),
      );
      const byColumn = (a: { column: string }, b: { column: string }) => a.column.localeCompare(b.column);
      expect(actual.sort(byColumn)).toEqual(expected.sort(byColumn));
    });

    it('has the same primary keys, unique and plain indexes', async () => {
      const { rows } = await client.query<{
        table: string;
        columns: string[];
        is_unique: boolean;
        is_primary: boolean;
      }>(`
        SELECT t.relname AS table, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
               array_agg(a.attname ORDER BY k.ord)::text[] AS columns
        FROM pg_index ix
        JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
        GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`);
      const kind = (r: { is_primary: boolean; is_unique: boolean }) =>
        r.is_primary ? 'id' : r.is_unique ? 'unique' : 'normal';
      const actual = rows.map((r) => `${r.table}:${kind(r)}:${r.columns.join(',')}`).sort();
      const expected = dmmf.datamodel.indexes
        .map((i) => `${i.model}:${i.type}:${i.fields.map((f) => f.name).join(',')}`)
        .sort();
      expect(actual).toEqual(expected);
    });

    it('has the same foreign keys and delete rules', async () => {
      const { rows } = await client.query<{
        from_table: string;
        from_cols: string[];
        to_table: string;
        to_cols: string[];
        on_delete: string;
      }>(`
        SELECT c.conrelid::regclass::text AS from_table, c.confrelid::regclass::text AS to_table,
               (SELECT array_agg(attname ORDER BY array_position(c.conkey, attnum))::text[] FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY(c.conkey)) AS from_cols,
               (SELECT array_agg(attname ORDER BY array_position(c.confkey, attnum))::text[] FROM pg_attribute WHERE attrelid = c.confrelid AND attnum = ANY(c.confkey)) AS to_cols,
               c.confdeltype AS on_delete
        FROM pg_constraint c WHERE c.contype = 'f'`);
      const rule: Record<string, string> = {
        a: 'NoAction',
        r: 'Restrict',
        c: 'Cascade',
        n: 'SetNull',
        d: 'SetDefault',
      };
      const unquote = (s: string) => s.replace(/"/g, '');
      const actual = rows
        .map(
          (r) =>
            `${unquote(r.from_table)}(${r.from_cols.join(',')})->${unquote(r.to_table)}(${r.to_cols.join(',')}) ${rule[r.on_delete]}`,
        )
        .sort();
      const expected = dmmf.datamodel.models
        .flatMap((m) =>
          m.fields
            .filter((f) => f.relationFromFields?.length)
            .map((f) => {
              const required = f.relationFromFields!.every((name) => m.fields.find((x) => x.name === name)?.isRequired);
              const onDelete = f.relationOnDelete ?? (required ? 'Restrict' : 'SetNull');
              return `${m.name}(${f.relationFromFields!.join(',')})->${f.type}(${f.relationToFields!.join(',')}) ${onDelete}`;
            }),
        )
        .sort();
      expect(actual).toEqual(expected);
    });
  });
});
