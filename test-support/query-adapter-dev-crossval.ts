/**
 * Would a learned linear query adapter (q' = q + A q, A a full 512×512 matrix) help the Universal Sentence Encoder's
 * dense search? Measured on the DEV split's first questions only (never the test split), dense-only, exact search,
 * windows weighted as the retriever weighs them. Not shipped: see vectors/README.md ("Measured and not adopted").
 *
 * Supervised (the adapter learns question → gold passage, softmax over every unit at temperature τ, Adam with weight
 * decay), cross-validated in 5 folds grouped by gold passage, or one fold per report (`--folds document`), so the
 * held-out questions never share a gold passage (or a report) with the ones it learned from:
 *   npx tsx test-support/query-adapter-dev-crossval.ts [--folds passage|document] [--epochs 15 --lr 0.0002 --decay 1]
 * Self-supervised (no gold: each sentence learns the other sentences of its passage), judged on all dev questions:
 *   npx tsx test-support/query-adapter-dev-crossval.ts --self
 */
import { loadGold } from '../eval/gold/schema';
import { locateGold } from '../eval/judge/gold-target';
import { isHit } from '../eval/judge/hit';
import { createEmbedder } from '../vectors/embedders';
import { openIndex } from '../vectors/open-index';
import { embedDenseQuery } from '../vectors/query/dense-query';
import { readIndex } from '../vectors/store/read-index';
import { WINDOW_WEIGHT } from '../vectors/hybrid-retriever';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const settings = { epochs: Number(arg('--epochs', '15')), lr: Number(arg('--lr', '0.0002')), decay: Number(arg('--decay', '1')), tau: 0.05 };
const FOLDS = 5;

/** One training or test example: a query vector, the units that count as right, and units left out of the softmax. */
type Example = { query: Float32Array; positive: (unit: number) => boolean; skip?: Set<number> };
type Question = Example & { passages: Set<number>; group: number };

async function main() {
  const dir = arg('--index-dir', '.tmp/eval-index');
  const embedder = createEmbedder(undefined);
  const index = await openIndex(dir, embedder);
  const { units, embeddings, passages } = await readIndex(dir);
  const dim = embeddings[0].length;
  const passageOf = units.map((u) => u.passage);
  const folds = arg('--folds', 'passage');
  // A report is named by its first passage's label, so every group is a number.
  const firstPassageOf = (source: string) => passages.findIndex((p) => p.source === source);

  const questions: Question[] = [];
  for (const item of loadGold('dev')) {
    const gold = item.type === 'single' ? item : item.type === 'follow-up' ? item.turns[0] : null;
    if (!gold) continue;
    const question = item.type === 'single' ? item.question : item.type === 'follow-up' ? item.turns[0].question : '';
    const target = locateGold(gold, (source) => index.sourceText(source));
    const hits = new Set(passages.flatMap((p, label) => (isHit({ source: p.source, start: p.start, end: p.end, text: p.text }, target) ? [label] : [])));
    const { search } = await embedDenseQuery(embedder, question);
    const group = folds === 'document' ? firstPassageOf(gold.source) : Math.min(...hits);
    questions.push({ query: Float32Array.from(search), passages: hits, positive: (u) => hits.has(passageOf[u]), group });
  }

  const rank = (query: Float32Array, adapter: Float32Array | null) => {
    const q = adapter ? adapt(adapter, query, dim) : query;
    const best = new Map<number, number>();
    embeddings.forEach((vector, u) => {
      const score = dotF(vector, q) * (units[u].window ? WINDOW_WEIGHT : 1);
      if ((best.get(passageOf[u]) ?? -Infinity) < score) best.set(passageOf[u], score);
    });
    return [...best].sort((a, b) => b[1] - a[1]).map(([label]) => label);
  };
  const measure = (items: Question[], adapter: Float32Array | null) => {
    const ranks = items.map((q) => rank(q.query, adapter).slice(0, 10).findIndex((label) => q.passages.has(label)) + 1);
    const share = (test: (r: number) => boolean) => ranks.filter(test).length / items.length;
    return { hit1: share((r) => r === 1), hit5: share((r) => r >= 1 && r <= 5), mrr: ranks.reduce((s, r) => s + (r ? 1 / r : 0), 0) / items.length };
  };
  const show = (m: ReturnType<typeof measure>) => `hit@1 ${m.hit1.toFixed(3)}, hit@5 ${m.hit5.toFixed(3)}, MRR@10 ${m.mrr.toFixed(3)}`;

  if (process.argv.includes('--self')) {
    const adapter = train(passageMates(units, embeddings), embeddings, dim);
    console.log(`${questions.length} dev questions, self-supervised adapter`);
    console.log(`  plain:   ${show(measure(questions, null))}\n  adapted: ${show(measure(questions, adapter))}`);
    return;
  }
  const groups = [...new Set(questions.map((q) => q.group))].sort((a, b) => a - b);
  const fold = new Map(groups.map((g, i) => [g, i % FOLDS]));
  let n = 0;
  const totals = { plain: { hit1: 0, hit5: 0, mrr: 0 }, adapted: { hit1: 0, hit5: 0, mrr: 0 } };
  for (let f = 0; f < Math.min(FOLDS, groups.length); f++) {
    const test = questions.filter((q) => fold.get(q.group) === f);
    const adapter = train(questions.filter((q) => fold.get(q.group) !== f), embeddings, dim);
    for (const [name, m] of [['plain', measure(test, null)], ['adapted', measure(test, adapter)]] as const) {
      for (const key of ['hit1', 'hit5', 'mrr'] as const) totals[name][key] += m[key] * test.length;
    }
    n += test.length;
  }
  const mean = (t: typeof totals.plain) => ({ hit1: t.hit1 / n, hit5: t.hit5 / n, mrr: t.mrr / n });
  console.log(`${n} dev questions, held out by ${folds}, ${JSON.stringify(settings)}`);
  console.log(`  plain:   ${show(mean(totals.plain))}\n  adapted: ${show(mean(totals.adapted))}`);
}

/** Self-supervision: each sentence's positives are its passage's other sentences and the windows without it. */
function passageMates(units: { passage: number; start: number; end: number; window?: boolean }[], embeddings: Float32Array[]): Example[] {
  const examples: Example[] = [];
  units.forEach((unit, i) => {
    if (unit.window) return;
    const skip = new Set([i]);
    units.forEach((other, j) => other.passage === unit.passage && other.window && other.start <= unit.start && other.end >= unit.end && skip.add(j));
    const mates = new Set(units.flatMap((other, j) => (other.passage === unit.passage && !skip.has(j) ? [j] : [])));
    if (mates.size) examples.push({ query: embeddings[i], positive: (u) => mates.has(u), skip });
  });
  return examples;
}

const dotF = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

function adapt(adapter: Float32Array, query: Float32Array, dim: number): Float32Array {
  const out = Float32Array.from(query);
  for (let i = 0; i < dim; i++) out[i] += dotF(adapter.subarray(i * dim, (i + 1) * dim), query);
  return out;
}

/** Full-batch Adam on the softmax loss over every unit; A starts at zero (the identity map), decayed towards it. */
function train(examples: Example[], embeddings: Float32Array[], dim: number): Float32Array {
  const adapter = new Float32Array(dim * dim);
  const moment = new Float32Array(dim * dim);
  const velocity = new Float32Array(dim * dim);
  const gradient = new Float32Array(dim * dim);
  const logits = new Float64Array(embeddings.length);
  const [b1, b2] = [0.9, 0.999];
  for (let step = 1; step <= settings.epochs; step++) {
    gradient.fill(0);
    for (const example of examples) {
      const query = example.query;
      const adapted = adapt(adapter, query, dim);
      let max = -Infinity;
      embeddings.forEach((v, u) => {
        logits[u] = example.skip?.has(u) ? -Infinity : dotF(v, adapted) / settings.tau;
        max = Math.max(max, logits[u]);
      });
      let all = 0;
      let right = 0;
      embeddings.forEach((_, u) => {
        const e = Math.exp(logits[u] - max);
        all += e;
        if (example.positive(u)) right += e;
      });
      if (right === 0) continue;
      // d loss / d adapted = (E_all[v] − E_right[v]) / τ
      const towards = new Float64Array(dim);
      embeddings.forEach((v, u) => {
        const e = Math.exp(logits[u] - max);
        const w = e / all - (example.positive(u) ? e / right : 0);
        if (Math.abs(w) > 1e-7) for (let d = 0; d < dim; d++) towards[d] += w * v[d];
      });
      for (let i = 0; i < dim; i++) {
        const g = towards[i] / settings.tau / examples.length;
        for (let j = 0; j < dim; j++) gradient[i * dim + j] += g * query[j];
      }
    }
    for (let k = 0; k < adapter.length; k++) {
      const g = gradient[k] + settings.decay * adapter[k];
      moment[k] = b1 * moment[k] + (1 - b1) * g;
      velocity[k] = b2 * velocity[k] + (1 - b2) * g * g;
      adapter[k] -= (settings.lr * moment[k]) / (1 - b1 ** step) / (Math.sqrt(velocity[k] / (1 - b2 ** step)) + 1e-8);
    }
  }
  return adapter;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
