import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from './fixtures.js';
import { ROOT } from './platform.js';

/** What a finished process printed, and its exit code. */
export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node ...args` as a real process in the repository root and collects what it prints. */
export function runNodeProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/**
 * Runs an ES module script in a process of its own and resolves what it printed; rejects with its
 * stderr when it fails. A file, not -e: the wasm backend finds its .wasm files relative to the
 * running script.
 */
export async function runNodeScript(
  source: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const file = path.join(await tempDir('script'), 'script.mjs');
  await writeFile(file, source);
  const result = await runNodeProcess([file, ...args], env);
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout;
}
