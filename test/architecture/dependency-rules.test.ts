import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/fixtures.js';
import { ROOT } from '../support/platform.js';

const run = promisify(execFile);
const CRUISER = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Lays out `files` (path → source) in a fresh folder shaped like the repository and cruises it with our rules. */
async function cruise(files: Record<string, string>): Promise<{ code: number; violations: Violation[] }> {
  const dir = await tempDir('depcruise-');
  await writeFile(
    path.join(dir, 'tsconfig.depcruise.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' }, include: ['**/*.ts'] }),
  );
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const roots = [...new Set(Object.keys(files).map((f) => f.split('/')[0]!))];
  const cruiseWith = (outputType: string) =>
    run(
      process.execPath,
      [CRUISER, ...roots, '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', outputType],
      { cwd: dir },
    ).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
  // The JSON reporter always exits 0; the default one (what `npm run check` uses) exits with the error count.
  const [json, result] = await Promise.all([cruiseWith('json'), cruiseWith('err')]);
  const report = JSON.parse(json.stdout) as { summary: { violations: Violation[] } };
  return { code: result.code, violations: report.summary.violations };
}

const rules = (violations: Violation[]) => violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();

describe('dependency rules (npm run check:deps)', () => {
  it('passes a tree that keeps the boundaries', async () => {
    const { code, violations } = await cruise({
      'packages/core/src/domain/emotions.ts': 'export const EMOTIONS = ["ANGRY"] as const;\n',
      'packages/core/src/services/list.ts':
        "import { EMOTIONS } from '../domain/emotions.js';\nexport const n = EMOTIONS.length;\n",
      'packages/ml/src/train/step.ts': 'export const step = 1;\n',
      'packages/ml/src/train/parallel/worker.ts': "import { step } from '../step.js';\nexport const w = step;\n",
      'packages/ml/src/train/train-classifier.ts': "import { w } from './parallel/worker.js';\nexport const t = w;\n",
    });
    expect(violations).toEqual([]);
    expect(code).toBe(0);
  });

  it('fails on a deliberately wrong import, a cycle and a reversed layer', async () => {
    const { code, violations } = await cruise({
      'packages/ml/src/models/model.ts': 'export const model = 1;\n',
      'packages/core/src/services/predict.ts':
        "import { model } from '../../../ml/src/models/model.js';\nexport const p = model;\n",
      'packages/core/src/domain/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'packages/core/src/domain/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'packages/ml/src/train/step.ts': "import { w } from './parallel/worker.js';\nexport const step = w;\n",
      'packages/ml/src/train/parallel/worker.ts': 'export const w = 1;\n',
      'apps/api/src/server.ts': "import { x } from '../../trainer/src/job.js';\nexport const s = x;\n",
      'apps/trainer/src/job.ts': 'export const x = 1;\n',
    });
    expect(code).not.toBe(0);
    expect(rules(violations)).toEqual([
      'apps-not-to-apps: apps/api/src/server.ts -> apps/trainer/src/job.ts',
      'core-not-to-ml: packages/core/src/services/predict.ts -> packages/ml/src/models/model.ts',
      'ml-train-not-to-parallel: packages/ml/src/train/step.ts -> packages/ml/src/train/parallel/worker.ts',
      'no-circular: packages/core/src/domain/a.ts -> packages/core/src/domain/b.ts',
    ]);
  });
});
