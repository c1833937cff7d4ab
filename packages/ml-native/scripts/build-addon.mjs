#!/usr/bin/env node
// Builds the optional oneDNN addon at `npm install`. It never fails the install: without a compiler,
// oneDNN's headers or Node's headers, it says why in one line and packages/ml runs on wasm.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const statusFile = path.join(root, 'build', 'status.json');
const addon = path.join(root, 'build', 'Release', 'emolab_dnnl.node');

function finish(built, reason) {
  mkdirSync(path.dirname(statusFile), { recursive: true });
  writeFileSync(statusFile, `${JSON.stringify({ built, reason, at: new Date().toISOString() })}\n`);
  console.log(
    built
      ? `[ml-native] built the oneDNN addon (${reason})`
      : `[ml-native] not built: ${reason}; training and inference use wasm`,
  );
  process.exit(0);
}

/** node-gyp as npm bundles it (no download), or one installed beside the project. */
function findNodeGyp() {
  const candidates = [];
  if (process.env.npm_execpath)
    candidates.push(
      path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    );
  candidates.push(
    path.join(
      path.dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  );
  try {
    candidates.push(createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed as a package: the npm-bundled copies above are the usual source
  }
  return candidates.find((candidate) => existsSync(candidate));
}

/** Node's own headers, so node-gyp needs no download: <prefix>/include/node next to the running node. */
function findNodeDir() {
  const prefix = path.resolve(process.execPath, '..', '..');
  return existsSync(path.join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined;
}

if (process.env.EMOLAB_NATIVE === '0') finish(false, 'EMOLAB_NATIVE=0');
if (process.platform !== 'linux' && process.platform !== 'darwin')
  finish(false, `no build recipe for ${process.platform}`);
const headers = ['/usr/include', '/usr/local/include', '/opt/homebrew/include', process.env.DNNL_INCLUDE_DIR].filter(
  Boolean,
);
if (!headers.some((dir) => existsSync(path.join(dir, 'oneapi', 'dnnl', 'dnnl.hpp')))) {
  finish(
    false,
    'oneDNN headers not found (Debian/Ubuntu: apt-get install build-essential libdnnl-dev; macOS: brew install onednn)',
  );
}
const nodeGyp = findNodeGyp();
if (!nodeGyp) finish(false, 'node-gyp not found (it ships with npm)');
const nodeDir = findNodeDir();
if (!nodeDir)
  finish(false, `Node's headers not found under ${path.resolve(process.execPath, '..', '..', 'include', 'node')}`);

const started = Date.now();
const result = spawnSync(process.execPath, [nodeGyp, 'rebuild', `--nodedir=${nodeDir}`], {
  cwd: root,
  encoding: 'utf8',
});
if (result.status !== 0 || !existsSync(addon)) {
  const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`
    .split('\n')
    .filter((line) => /error/i.test(line))
    .slice(0, 3)
    .join(' | ');
  finish(false, `compile failed: ${tail || `node-gyp exited with ${result.status}`}`);
}
finish(true, `${((Date.now() - started) / 1000).toFixed(1)} s`);
