import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EvalError } from './errors';
import { GOLD_DIR } from './gold/schema';

export const REPO_ROOT = resolve(GOLD_DIR, '../..');
const fromRoot = (path: string) => resolve(REPO_ROOT, path);

export const EVAL_USAGE = `Usage: npm run eval -- [options]

  --split dev|test|all   which gold split(s) to run (default all: dev and test, reported separately)
  --json PATH            results as JSON (default eval/results/latest.json)
  --md PATH              results as Markdown tables (default eval/results/latest.md)
  --failures PATH        per-question failures of the dev split (default eval/results/latest-failures.md)
  --check                exit 1 when a test metric misses its threshold in eval/thresholds.json
  --thresholds PATH      thresholds file for --check (default eval/thresholds.json)
  --readme               also copy the tables into README.md between <!-- eval:start --> and <!-- eval:end -->
  --corpus DIR           corpus folder (default data/reports)
  --index-dir DIR        index folder for the eval, git-ignored (default .tmp/eval-index)
  --rebuild              rebuild that index even if the corpus is unchanged (after ingest code changes)
  --embedder SPEC        embedder as in EMBEDDER (default: Universal Sentence Encoder)
  -h, --help             this text`;

export type EvalCliArgs = {
  help: boolean;
  split: 'dev' | 'test' | 'all';
  json: string;
  md: string;
  failures: string;
  check: boolean;
  thresholds: string;
  readme: string | null;
  corpus: string;
  indexDir: string;
  rebuild: boolean;
  embedder: string | undefined;
};

/** @throws EvalError EVAL_USAGE for unknown options, a bad split, or --check without the test split. */
export function parseEvalArgs(argv: readonly string[]): EvalCliArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        split: { type: 'string', default: 'all' },
        json: { type: 'string', default: fromRoot('eval/results/latest.json') },
        md: { type: 'string', default: fromRoot('eval/results/latest.md') },
        failures: { type: 'string', default: fromRoot('eval/results/latest-failures.md') },
        check: { type: 'boolean', default: false },
        thresholds: { type: 'string', default: fromRoot('eval/thresholds.json') },
        readme: { type: 'boolean', default: false },
        corpus: { type: 'string', default: fromRoot('data/reports') },
        'index-dir': { type: 'string', default: fromRoot('.tmp/eval-index') },
        rebuild: { type: 'boolean', default: false },
        embedder: { type: 'string' },
      },
    }));
  } catch (cause) {
    throw new EvalError('EVAL_USAGE', (cause as Error).message, { cause });
  }
  const split = values.split;
  if (split !== 'dev' && split !== 'test' && split !== 'all') throw new EvalError('EVAL_USAGE', `--split must be dev, test or all, got "${split}"`);
  if (values.check && split === 'dev') throw new EvalError('EVAL_USAGE', '--check compares the test split with its thresholds; it cannot run with --split dev');
  return {
    help: values.help,
    split,
    json: resolve(values.json),
    md: resolve(values.md),
    failures: resolve(values.failures),
    check: values.check,
    thresholds: resolve(values.thresholds),
    readme: values.readme ? fromRoot('README.md') : null,
    corpus: resolve(values.corpus),
    indexDir: resolve(values['index-dir']),
    rebuild: values.rebuild,
    embedder: values.embedder,
  };
}
