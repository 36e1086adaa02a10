/**
 * Copies the tables of the last eval run (eval/results/latest.json) into README.md between
 * `<!-- eval:start -->` and `<!-- eval:end -->`, without running the eval again.
 * Usage: npx tsx eval/update-readme.ts [--results PATH] [--readme PATH]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './cli-args';
import { EvalError } from './errors';
import { readResults } from './report/read-results';
import { formatReadmeBlock } from './report/format-report';
import { replaceReadmeBlock } from './report/readme-block';

const { values } = parseArgs({
  options: {
    results: { type: 'string', default: resolve(REPO_ROOT, 'eval/results/latest.json') },
    readme: { type: 'string', default: resolve(REPO_ROOT, 'README.md') },
  },
});

try {
  const results = readResults(values.results);
  writeFileSync(values.readme, replaceReadmeBlock(readFileSync(values.readme, 'utf8'), formatReadmeBlock(results)));
  console.log(`Updated ${values.readme} from ${values.results}.`);
} catch (error) {
  if (!EvalError.isInstance(error)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 2;
}
