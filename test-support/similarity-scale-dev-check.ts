/**
 * Does the similarity calibration (`vectors/dense/similarity-calibration.ts`) keep the composer's thresholds
 * meaningful under another embedder? No second real encoder installs offline, so this simulates anisotropy
 * (`anisotropic-embedder.ts`): every Universal Sentence Encoder vector pushed along the corpus's mean direction by
 * α. The dev split (never the test split) goes through the eval's own code path (`evaluate`, `splitMetrics`) with
 * that embedder, its similarities raw and calibrated, beside the plain encoder.
 *
 *   npx tsx test-support/similarity-scale-dev-check.ts [--alpha 1,2] [--reference-index .tmp/eval-index]
 */
import { evaluate } from '../eval/evaluate/evaluate';
import { loadGold } from '../eval/gold/schema';
import { splitMetrics } from '../eval/metrics/split-metrics';
import { indexSystem, passageUnit } from '../eval/systems/index-systems';
import { ensureIndex } from '../ingest/pipeline';
import { createExtractiveComposer } from '../server/answer/extractive-composer';
import { createAnswerService } from '../server/ask/answer-service';
import { createConversationStore } from '../server/ask/conversation-store';
import { createFollowUpRewriter } from '../server/follow-up';
import type { CorpusIndex } from '../vectors/corpus-index';
import { sentenceUnits } from '../vectors/dense/dense-units';
import { measureBackground } from '../vectors/dense/similarity-calibration';
import { createEmbedder, l2Normalize } from '../vectors/embedders';
import { openIndex } from '../vectors/open-index';
import { readIndex } from '../vectors/store/read-index';
import { AnisotropicEmbedder } from './anisotropic-embedder';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const alphas = arg('--alpha', '1,2').split(',').map(Number);
const referenceIndex = arg('--reference-index', '.tmp/eval-index');

/** Hybrid retrieval and answers on the dev split, as `npm run eval` measures them. */
async function measureDev(index: CorpusIndex): Promise<string> {
  const entries = loadGold('dev').map((item) => ({ split: 'dev' as const, item }));
  const service = createAnswerService({
    index,
    composer: createExtractiveComposer(),
    rewriter: createFollowUpRewriter(),
    conversations: createConversationStore({ ttlMs: 60 * 60_000, maxConversations: 100 }),
  });
  const hybrid = indexSystem(index, 'hybrid', 'hybrid', 'hybrid');
  const { questions } = await evaluate({
    entries,
    service,
    systems: [hybrid],
    sourceText: (source) => index.sourceText(source),
    citedUnit: (citation) => passageUnit(index.getPassage(citation.passageId)!),
  });
  const { retrieval, answers } = splitMetrics('dev', questions, [hybrid.id]);
  const f = (x: number | null) => (x === null ? '–' : x.toFixed(3));
  const { hitAt5, mrr } = retrieval.hybrid.all;
  return `hit@5 ${f(hitAt5)}, MRR@10 ${f(mrr)}; fact recall ${f(answers.factRecall)}, wrong abstention ${f(answers.wrongAbstention)}, correct abstention ${f(answers.correctAbstention)}`;
}

async function main() {
  const embedder = createEmbedder(undefined);
  const reference = await readIndex(referenceIndex);
  const sentences = sentenceUnits(reference.units);
  const mean = new Array<number>(embedder.dimension).fill(0);
  for (const { label } of sentences) reference.embeddings[label].forEach((x, i) => (mean[i] += x));
  const direction = l2Normalize(mean);
  const background = (vectors: ArrayLike<number>[]) => {
    const { mean: m, sd } = measureBackground(sentences, (label) => vectors[label]);
    return `${m.toFixed(3)} ± ${sd.toFixed(3)}`;
  };
  console.log(`USE (background ${background(reference.embeddings)}): ${await measureDev(await openIndex(referenceIndex, embedder))}`);

  for (const alpha of alphas) {
    const anisotropic = new AnisotropicEmbedder(embedder, direction.map((x) => x * alpha), `anisotropic-${alpha}`);
    const indexDir = `${referenceIndex}-anisotropic-${alpha}`;
    await ensureIndex({ corpusDir: 'data/reports', indexDir, embedder: anisotropic, log: (m) => process.stderr.write(`${m}\n`) });
    console.log(`α = ${alpha} (background ${background((await readIndex(indexDir)).embeddings)})`);
    console.log(`  raw:        ${await measureDev(await openIndex(indexDir, anisotropic, { calibrate: false }))}`);
    console.log(`  calibrated: ${await measureDev(await openIndex(indexDir, anisotropic))}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
