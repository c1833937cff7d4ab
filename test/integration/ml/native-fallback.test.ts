import { spawnSync } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/fixtures.js';
import { ROOT } from '../../support/platform.js';
import { runNodeScript } from '../../support/run-process.js';

const require = createRequire(import.meta.url);
const resolve = (specifier: string) => pathToFileURL(require.resolve(specifier)).href;
const NATIVE_PACKAGE = path.join(ROOT, 'packages/ml-native');

describe('without the oneDNN addon', () => {
  it('an install whose compile fails still succeeds, and the package says why', async () => {
    const copy = await tempDir('ml-native-copy');
    for (const entry of ['binding.gyp', 'index.cjs', 'package.json', 'scripts', 'src']) {
      await cp(path.join(NATIVE_PACKAGE, entry), path.join(copy, entry), { recursive: true });
    }
    // CXX=/bin/false: the machine has no working C++ compiler.
    const install = spawnSync(process.execPath, ['scripts/build-addon.mjs'], {
      cwd: copy,
      env: { ...process.env, CXX: '/bin/false' },
      encoding: 'utf8',
    });
    expect(install.status).toBe(0);
    expect(install.stdout).toContain('not built: compile failed');
    const status = JSON.parse(await readFile(path.join(copy, 'build/status.json'), 'utf8')) as {
      built: boolean;
      reason: string;
    };
    expect(status).toMatchObject({ built: false, reason: expect.stringContaining('compile failed') });
    const loaded = require(path.join(copy, 'index.cjs')) as { native: unknown; reason: string };
    expect(loaded.native).toBeNull();
    expect(loaded.reason).toMatch(/^not built: compile failed/);
  });

  it('trains on wasm and says in the start line why the kernels are off', async () => {
    const out = await runNodeScript(
      `
import { backendLabel, describeBackend, initBackend } from '${resolve('@emolab/ml/backend')}';
import { trainClassifier } from '${resolve('@emolab/ml/train')}';
const name = await initBackend();
const features = Array.from({ length: 16 }, (_, i) => new Float32Array(48 * 48).fill(i % 2 ? 0.8 : 0.2));
const { classifier, history } = await trainClassifier({ modality: 'image', train: { features, labels: features.map((_, i) => i % 2) }, epochs: 1, batchSize: 8, seed: 1, network: { preset: 'cnn-soft16' } });
classifier.dispose();
process.stdout.write(JSON.stringify({ label: backendLabel(name), line: describeBackend(name), epochs: history.length }));
`,
      [],
      { ...process.env, EMOLAB_NATIVE: '0' },
    );
    expect(JSON.parse(out)).toEqual({
      label: 'wasm',
      line: 'wasm (oneDNN kernels off: disabled by EMOLAB_NATIVE=0)',
      epochs: 1,
    });
  });
});
