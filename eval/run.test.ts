import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli-args';

const runEval = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'eval/run.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run eval (CLI contract, no index built)', () => {
  it('prints usage with --help and exits 0', () => {
    const result = runEval(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--split dev|test|all');
  });

  it('exits 2 with the usage on a bad split or --check without the test split', () => {
    for (const args of [['--split', 'train'], ['--check', '--split', 'dev']]) {
      const result = runEval(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Usage: npm run eval');
    }
  });

  it('exits 2 on an unreadable thresholds file before doing any work', () => {
    const result = runEval(['--check', '--thresholds', resolve(REPO_ROOT, '.tmp/no-such-thresholds.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('EVAL_THRESHOLDS_INVALID');
    expect(result.stderr).not.toContain('indexing');
  });
});
