import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/platform.js';

type Source = { file: string; text: string; imports: string[] };

function sources(dir: string): Source[] {
  const out: Source[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'dist', '.next', 'generated'].includes(entry.name)) walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const text = readFileSync(full, 'utf8');
        const imports = [
          ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
        ].map((m) => m[1] ?? m[2] ?? '');
        out.push({ file: path.relative(ROOT, full), text, imports });
      }
    }
  };
  walk(path.join(ROOT, dir));
  return out;
}

const violations = (files: Source[], bad: (specifier: string, file: string) => boolean) =>
  files.flatMap((f) => f.imports.filter((s) => bad(s, f.file)).map((s) => `${f.file} imports ${s}`));

describe('module boundaries', () => {
  const core = sources('packages/core/src');
  const ml = sources('packages/ml/src');
  const apps = ['api', 'trainer', 'cli', 'dashboard'].map((a) => sources(`apps/${a}/src`));

  it('sees the imports it checks', () => {
    expect(core.flatMap((f) => f.imports)).toContain('zod');
    expect(apps[0]?.flatMap((f) => f.imports)).toContain('@emolab/core/services');
  });

  it('keeps packages from importing apps', () => {
    expect(violations([...core, ...ml], (s) => /@emolab\/(api|trainer|cli|dashboard)|apps\//.test(s))).toEqual([]);
  });

  it('keeps core and ml apart', () => {
    expect(violations(core, (s) => s.startsWith('@emolab/ml') || s.includes('packages/ml'))).toEqual([]);
    expect(violations(ml, (s) => s.startsWith('@emolab/core') || s.includes('packages/core'))).toEqual([]);
  });

  it('lets only packages/core/src/db import the generated Prisma client', () => {
    const outside = core.filter((f) => !f.file.startsWith('packages/core/src/db/'));
    expect(
      violations(
        [...outside, ...ml, ...apps.flat()],
        (s) => s.includes('db/generated') || s.startsWith('@prisma/client'),
      ),
    ).toEqual([]);
  });

  it('keeps apps off other apps and off package internals', () => {
    expect(
      violations(
        apps.flat(),
        (s) => /@emolab\/(api|trainer|cli|dashboard)/.test(s) || /@emolab\/(core|ml)\/(src|dist)\//.test(s),
      ),
    ).toEqual([]);
  });

  it('keeps TensorFlow.js and Prisma out of the dashboard', () => {
    const dashboard = apps[3] ?? [];
    expect(
      violations(
        dashboard,
        (s) =>
          s.startsWith('@emolab/ml') ||
          s.startsWith('@tensorflow') ||
          s.startsWith('@prisma') ||
          (s.startsWith('@emolab/core') && s !== '@emolab/core/domain'),
      ),
    ).toEqual([]);
  });

  it("reads process.env only in the config module (and the dashboard's one API-URL module)", () => {
    const allowed = new Set(['packages/core/src/config/load-config.ts', 'apps/dashboard/src/lib/api/api-url.ts']);
    const readers = [...core, ...ml, ...apps.flat()]
      .filter((f) => !f.file.endsWith('.test.ts') && /process\.env\.[A-Z_]+/.test(f.text) && !allowed.has(f.file))
      .map((f) => f.file);
    expect(readers).toEqual([]);
  });

  it('names every export in package index files (no export *)', () => {
    const indexes = [...core, ...ml].filter((f) => f.file.endsWith('/index.ts'));
    expect(indexes.filter((f) => /export \*/.test(f.text)).map((f) => f.file)).toEqual([]);
  });
});
