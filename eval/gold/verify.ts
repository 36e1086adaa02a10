/**
 * Checks the gold set against the corpus and prints its counts.
 * Usage: npx tsx eval/gold/verify.ts [--gold <dir>] [--corpus <dir>]
 * Exit 0: usable; 1: problems found (listed); 2: the files could not be loaded.
 */
import { parseArgs } from 'node:util';
import { checkGold } from './check-gold';
import { GoldSetError } from './gold-set-error';
import { DEFAULT_CORPUS_DIR, readCorpus } from './gold-sources';
import { GOLD_DIR, loadGold } from './schema';
import { formatSummary, summarizeGold } from './summarize-gold';

const { values } = parseArgs({
  options: { gold: { type: 'string', default: GOLD_DIR }, corpus: { type: 'string', default: DEFAULT_CORPUS_DIR } },
});

try {
  const splits = { dev: loadGold('dev', { dir: values.gold }), test: loadGold('test', { dir: values.gold }) };
  const problems = checkGold(splits, readCorpus(values.corpus));
  console.log(`Gold set (${values.gold}) against ${values.corpus}\n${formatSummary(summarizeGold(splits))}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):`);
    for (const p of problems) console.error(`  [${p.check}] ${p.message}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll checks passed.');
  }
} catch (error) {
  if (!GoldSetError.isInstance(error)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 2;
}
