/** Runs a bench child script with tsx and collects its output; a non-zero exit becomes an error with its stderr. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const BENCH_DIR = import.meta.dirname;
export const REPO_DIR = path.resolve(BENCH_DIR, '..');

export function spawnTsx(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export class ChildFailedError extends Error {
  override readonly name = 'ChildFailedError';
  readonly code = 'BENCH_CHILD_FAILED';
  constructor(script: string, exit: string, stderr: string) {
    super(`${path.relative(REPO_DIR, script)} failed (${exit}): ${stderr.trim().split('\n').slice(-15).join('\n')}`);
  }
}

/** Runs a script to completion and parses the last line it printed as JSON. */
export function runJsonChild<T>(script: string, args: string[], env: Record<string, string> = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawnTsx(script, args, env);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) return reject(new ChildFailedError(script, signal ?? `exit ${code}`, stderr));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as T);
      } catch {
        reject(new ChildFailedError(script, 'no JSON result', `${stdout}\n${stderr}`));
      }
    });
  });
}
