/**
 * Retrieval alone on the DEV split's first questions (singles and turn 1; never the test split), for measuring a
 * retrieval setting side by side without the answer service: hit@1, hit@5 and MRR@10 of the hybrid search, with
 * the judge `npm run eval` uses. Reuses the eval index (`npm run eval` builds it).
 *
 *   npx tsx test-support/retrieval-dev-sweep.ts [--index-dir .tmp/eval-index] [--synonym-weights 0,0.4]
 */
import { loadGold } from '../eval/gold/schema';
import { locateGold } from '../eval/judge/gold-target';
import { firstHitRank } from '../eval/judge/hit';
import { createEmbedder } from '../vectors/embedders';
import { openIndex } from '../vectors/open-index';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const indexDir = arg('--index-dir', '.tmp/eval-index');
const weights = arg('--synonym-weights', '0,0.4').split(',').map(Number);

async function main() {
  const embedder = createEmbedder(undefined);
  const questions = loadGold('dev').flatMap((item) =>
    item.type === 'single' ? [{ question: item.question, gold: item }] : item.type === 'follow-up' ? [{ question: item.turns[0].question, gold: item.turns[0] }] : [],
  );
  for (const synonymWeight of weights) {
    const index = await openIndex(indexDir, embedder, { synonymWeight });
    let hit1 = 0;
    let hit5 = 0;
    let reciprocal = 0;
    for (const { question, gold } of questions) {
      const target = locateGold(gold, (source) => index.sourceText(source));
      const ranked = await index.retrieve(question, { k: 10 });
      const rank = firstHitRank(ranked.map(({ passage: p }) => ({ source: p.source, start: p.start, end: p.end, text: p.text })), target);
      if (rank === 1) hit1++;
      if (rank !== null && rank <= 5) hit5++;
      if (rank !== null) reciprocal += 1 / rank;
    }
    const n = questions.length;
    const f = (x: number) => (x / n).toFixed(3);
    console.log(`synonym weight ${synonymWeight}: ${n} questions, hit@1 ${f(hit1)}, hit@5 ${f(hit5)}, MRR@10 ${f(reciprocal)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
