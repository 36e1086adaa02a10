/**
 * Writes eval/thresholds.json from the test split of the last run (eval/results/latest.json): each guarded
 * metric's threshold just under its measured value. Run it deliberately, after an improvement you want to keep.
 * Usage: npx tsx eval/set-thresholds.ts [--results PATH] [--out PATH]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './cli-args';
import { EvalError } from './errors';
import { readResults } from './report/read-results';
import { deriveThresholds } from './thresholds/derive-thresholds';

const { values } = parseArgs({
  options: {
    results: { type: 'string', default: resolve(REPO_ROOT, 'eval/results/latest.json') },
    out: { type: 'string', default: resolve(REPO_ROOT, 'eval/thresholds.json') },
  },
});

try {
  const results = readResults(values.results);
  const test = results.splits?.find((s) => s.split === 'test');
  if (!test) throw new EvalError('EVAL_RESULTS_UNREADABLE', `${values.results} has no test split; run \`npm run eval\` on both splits.`);
  const note = `Set from the test split of the run of ${results.generatedAt} (embedder ${results.embedder.id}): measured − 0.02, rounded down; wrong abstention: measured + 0.02, rounded up.`;
  const thresholds = deriveThresholds(test, note);
  writeFileSync(values.out, `${JSON.stringify(thresholds, null, 2)}\n`);
  console.log(`Wrote ${values.out}:\n${JSON.stringify(thresholds, null, 2)}`);
} catch (error) {
  if (!EvalError.isInstance(error)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 2;
}
