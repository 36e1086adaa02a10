import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvalArgs, REPO_ROOT } from './cli-args';

describe('parseEvalArgs', () => {
  it('defaults to both splits and the committed result paths', () => {
    expect(parseEvalArgs([])).toMatchObject({
      split: 'all',
      check: false,
      readme: null,
      json: resolve(REPO_ROOT, 'eval/results/latest.json'),
      md: resolve(REPO_ROOT, 'eval/results/latest.md'),
      indexDir: resolve(REPO_ROOT, '.tmp/eval-index'),
      rebuild: false,
      embedder: undefined,
    });
  });

  it('reads every option', () => {
    const args = parseEvalArgs(['--split', 'test', '--json', 'out.json', '--md', 'out.md', '--check', '--readme', '--embedder', 'use', '--rebuild']);
    expect(args).toMatchObject({ rebuild: true, split: 'test', json: resolve('out.json'), md: resolve('out.md'), check: true, readme: resolve(REPO_ROOT, 'README.md'), embedder: 'use' });
  });

  it.each([
    [['--split', 'train']],
    [['--bogus']],
    [['positional']],
    [['--check', '--split', 'dev']],
  ])('rejects %j with EVAL_USAGE', (argv) => {
    expect(() => parseEvalArgs(argv)).toThrow(expect.objectContaining({ code: 'EVAL_USAGE' }));
  });
});
