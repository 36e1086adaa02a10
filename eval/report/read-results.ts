import { readFileSync } from 'node:fs';
import { EvalError } from '../errors';
import type { EvalResults } from './eval-results';

/** The results file of an earlier `npm run eval`, or a clear error saying to run it. */
export function readResults(file: string): EvalResults {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EvalResults;
  } catch (cause) {
    throw new EvalError('EVAL_RESULTS_UNREADABLE', `Cannot read ${file} (run \`npm run eval\` first): ${(cause as Error).message}`, { cause });
  }
}
