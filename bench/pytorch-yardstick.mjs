// The same CNNs trained in PyTorch (Debian's python3-torch), as installed and with OpenBLAS plus
// allocator tuning. Installs the Debian packages with apt-get when missing; never a project dependency.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./pytorch_yardstick.py', import.meta.url));
const LIB = '/usr/lib/x86_64-linux-gnu';
const REFERENCE_BLAS = `${LIB}/blas`;
const OPENBLAS = `${LIB}/openblas-pthread`;
const ALLOCATOR = {
  MALLOC_MMAP_THRESHOLD_: '33554432',
  MALLOC_TRIM_THRESHOLD_: '17179869184',
  MALLOC_TOP_PAD_: '268435456',
};

function aptInstall(packages) {
  const apt = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return apt.status === 0;
}

/** Installs python3-torch and libopenblas0-pthread when missing; returns why PyTorch cannot run, or undefined. */
export function ensurePytorch() {
  const hasTorch = () => spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;
  if (!hasTorch()) {
    spawnSync('apt-get', ['update'], { stdio: 'ignore' });
    if (!aptInstall(['python3-torch']) || !hasTorch())
      return 'python3-torch is not installed and apt-get could not install it';
  }
  if (!existsSync(`${OPENBLAS}/libblas.so.3`)) aptInstall(['libopenblas0-pthread']);
  return undefined;
}

function run(presets, env) {
  const out = execFileSync(PYTHON, [SCRIPT, presets.join(','), '2'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

/**
 * Training images/s per preset: `asInstalled` (Debian's reference BLAS, glibc allocator defaults)
 * and `tuned` (OpenBLAS pthread build plus the allocator settings in shared/NOTES.md), both at 2 threads.
 */
export function measurePytorch(presets) {
  const missing = ensurePytorch();
  if (missing) return { error: missing };
  const asInstalled = run(
    presets,
    existsSync(`${REFERENCE_BLAS}/libblas.so.3`) ? { LD_LIBRARY_PATH: REFERENCE_BLAS } : {},
  );
  const tuned = existsSync(`${OPENBLAS}/libblas.so.3`)
    ? run(presets, { LD_LIBRARY_PATH: OPENBLAS, ...ALLOCATOR })
    : undefined;
  return { version: asInstalled.torch, asInstalled: asInstalled.imagesPerSecond, tuned: tuned?.imagesPerSecond };
}
