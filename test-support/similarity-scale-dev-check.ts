/**
 * Does the similarity calibration (`vectors/dense/similarity-calibration.ts`) keep the composer's thresholds
 * meaningful under another embedder? No second real encoder installs offline, so this simulates the commonest way
 * encoders differ: anisotropy. Every Universal Sentence Encoder vector is pushed along the corpus's mean direction
 * (v → normalise(v + α·c)), which raises and compresses every similarity, unevenly: sentences near the mean move
 * less. The dev split (never the test split) is then answered with that embedder, uncalibrated and calibrated,
 * beside the plain encoder.
 *
 *   npx tsx test-support/similarity-scale-dev-check.ts [--alpha 1,2] [--reference-index .tmp/eval-index]
 */
import { loadGold } from '../eval/gold/schema';
import { factRecall } from '../eval/judge/facts';
import { locateGold } from '../eval/judge/gold-target';
import { firstHitRank } from '../eval/judge/hit';
import { ensureIndex } from '../ingest/pipeline';
import { createExtractiveComposer } from '../server/answer/extractive-composer';
import { createAnswerService } from '../server/ask/answer-service';
import { createConversationStore } from '../server/ask/conversation-store';
import { createFollowUpRewriter } from '../server/follow-up';
import { measureBackground } from '../vectors/dense/similarity-calibration';
import { createEmbedder, l2Normalize } from '../vectors/embedders';
import { openIndex } from '../vectors/open-index';
import { readIndex } from '../vectors/store/read-index';
import type { CorpusIndex } from '../vectors/corpus-index';
import { PassageEmbedder } from '../vectors/types';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const alphas = arg('--alpha', '1,2').split(',').map(Number);
const referenceIndex = arg('--reference-index', '.tmp/eval-index');

/** The reference encoder with a common direction added to every vector. */
class AnisotropicEmbedder extends PassageEmbedder {
  readonly id: string;
  readonly dimension: number;

  constructor(
    private readonly inner: PassageEmbedder,
    private readonly offset: number[],
    alpha: number,
  ) {
    super({});
    this.id = `${inner.id}+anisotropic-${alpha}`;
    this.dimension = inner.dimension;
  }

  private push = (v: number[]) => l2Normalize(v.map((x, i) => x + this.offset[i]));
  async embedDocuments(texts: string[]) {
    return (await this.inner.embedDocuments(texts)).map(this.push);
  }
  async embedQuery(text: string) {
    return this.push(await this.inner.embedQuery(text));
  }
  override async embedQueries(texts: string[]) {
    return (await this.inner.embedQueries(texts)).map(this.push);
  }
}

/** Hybrid hit@5 and MRR@10 on the dev split's first questions. */
async function retrieveDev(index: CorpusIndex) {
  const firsts = loadGold('dev').flatMap((item) => (item.type === 'single' ? [item] : item.type === 'follow-up' ? [{ ...item.turns[0] }] : []));
  let hit5 = 0;
  let reciprocal = 0;
  for (const gold of firsts) {
    const target = locateGold(gold, (source) => index.sourceText(source));
    const ranked = await index.retrieve(gold.question, { k: 10 });
    const rank = firstHitRank(ranked.map(({ passage: p }) => ({ source: p.source, start: p.start, end: p.end, text: p.text })), target);
    if (rank !== null && rank <= 5) hit5++;
    if (rank !== null) reciprocal += 1 / rank;
  }
  return `hit@5 ${(hit5 / firsts.length).toFixed(3)}, MRR@10 ${(reciprocal / firsts.length).toFixed(3)}`;
}

/** Fact recall, wrong abstention (answerable) and correct abstention (unanswerable) over the dev split. */
async function answerDev(index: CorpusIndex) {
  const service = createAnswerService({
    index,
    composer: createExtractiveComposer(),
    rewriter: createFollowUpRewriter(),
    conversations: createConversationStore({ ttlMs: 60_000, maxConversations: 100 }),
  });
  const ask = async (question: string, conversationId?: string) => {
    const result = await service.ask({ question, conversationId, mode: 'answer' });
    if (result.mode !== 'answer') throw new Error('expected an answer');
    return result.answer;
  };
  let recall = 0;
  let answerable = 0;
  let wrongAbstained = 0;
  let unanswerable = 0;
  let rightAbstained = 0;
  const score = (answer: { answer: string; abstained: boolean }, facts: string[]) => {
    answerable++;
    recall += factRecall(answer.answer, facts);
    if (answer.abstained) wrongAbstained++;
  };
  for (const item of loadGold('dev')) {
    if (item.type === 'follow-up') {
      const first = await ask(item.turns[0].question);
      score(first, item.turns[0].facts);
      score(await ask(item.turns[1].question, first.conversationId), item.turns[1].facts);
    } else if (item.type === 'single') {
      score(await ask(item.question), item.facts);
    } else {
      unanswerable++;
      if ((await ask(item.question)).abstained) rightAbstained++;
    }
  }
  const f = (x: number) => x.toFixed(3);
  return `${await retrieveDev(index)}; fact recall ${f(recall / answerable)}, wrong abstention ${f(wrongAbstained / answerable)}, correct abstention ${f(rightAbstained / unanswerable)}`;
}

async function main() {
  const embedder = createEmbedder(undefined);
  const reference = await readIndex(referenceIndex);
  const sentences = reference.units.flatMap((unit, label) => (unit.window ? [] : [{ label, passage: unit.passage }]));
  const mean = new Array<number>(embedder.dimension).fill(0);
  for (const { label } of sentences) reference.embeddings[label].forEach((x, i) => (mean[i] += x));
  const direction = l2Normalize(mean);
  const background = (vectors: ArrayLike<number>[]) => measureBackground(sentences, (label) => vectors[label]);
  console.log(`reference: background ${JSON.stringify(background(reference.embeddings))}`);
  console.log(`  ${await answerDev(await openIndex(referenceIndex, embedder))}`);

  for (const alpha of alphas) {
    const anisotropic = new AnisotropicEmbedder(embedder, direction.map((x) => x * alpha), alpha);
    const indexDir = `${referenceIndex}-anisotropic-${alpha}`;
    await ensureIndex({ corpusDir: 'data/reports', indexDir, embedder: anisotropic, log: (m) => process.stderr.write(`${m}\n`) });
    const stored = await readIndex(indexDir);
    console.log(`α = ${alpha}: background ${JSON.stringify(background(stored.embeddings))}`);
    console.log(`  uncalibrated: ${await answerDev(await openIndex(indexDir, anisotropic, { calibrate: false }))}`);
    console.log(`  calibrated:   ${await answerDev(await openIndex(indexDir, anisotropic))}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
