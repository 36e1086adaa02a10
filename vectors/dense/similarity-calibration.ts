import { USE_ID } from '../embedders/universal-sentence-encoder-embedder';
import { dot } from '../embedders/vector-math';
import { seededRandom, shuffled } from '../seeded-random';

/** Mean and spread of the cosine similarity between two unrelated sentences of a corpus, under one embedder. */
export type SimilarityBackground = { mean: number; sd: number; pairs: number };

/** Maps an embedder's cosine similarity onto the scale the composer's thresholds are stated in. */
export type SimilarityScale = (similarity: number) => number;

/**
 * The embedder the composer's similarity thresholds were set with (0.48, 0.5, …, on the eval's dev split), and its
 * background on the bundled reports (`measureBackground` over their 981 sentence units). Another corpus is mapped
 * onto this background too: a corpus much narrower or broader than these reports would shift USE's own background,
 * and that shift is read as the embedder's.
 */
export const REFERENCE_EMBEDDER = {
  id: USE_ID,
  background: { mean: 0.4474, sd: 0.1359, pairs: 4000 } satisfies SimilarityBackground,
};

const PAIRS = 4000;
/** Sentences whose vectors are read: pairs are drawn among them, so opening a large index reads few vectors. */
const POOL = 500;
/** Fewer sentences or passages than this give no trustworthy spread (3 sentences gave sd 0.005): left unmapped. */
const MIN_SENTENCES = 50;
const MIN_PASSAGES = 10;

const UNMEASURED: SimilarityBackground = { mean: 0, sd: 0, pairs: 0 };

/**
 * The similarity of random pairs of sentences from different passages: what "unrelated" scores under this
 * embedder. Deterministic (a fixed-seed sample), so the same index always gets the same scale. A corpus too small
 * to tell is `UNMEASURED` (sd 0), which `scaleToReference` leaves as it is.
 */
export function measureBackground(
  sentences: readonly { label: number; passage: number }[],
  getVector: (label: number) => ArrayLike<number>,
): SimilarityBackground {
  if (sentences.length < MIN_SENTENCES || new Set(sentences.map((s) => s.passage)).size < MIN_PASSAGES) return UNMEASURED;
  const random = seededRandom(0x5eed);
  const pool = shuffled(sentences, random).slice(0, POOL);
  const vectors = pool.map((s) => getVector(s.label));
  const pick = () => Math.floor(random() * pool.length);
  const scores: number[] = [];
  for (let attempt = 0; scores.length < PAIRS && attempt < PAIRS * 4; attempt++) {
    const a = pick();
    const b = pick();
    if (pool[a].passage !== pool[b].passage) scores.push(dot(vectors[a], vectors[b]));
  }
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const sd = Math.sqrt(scores.reduce((sum, s) => sum + (s - mean) ** 2, 0) / scores.length);
  return { mean, sd, pairs: scores.length };
}

/**
 * Cosine similarities are not comparable across encoders: one whose vectors share a common direction scores
 * unrelated sentences 0.8 where the Universal Sentence Encoder scores them 0.45, so a threshold of 0.5 would pass
 * everything. Another embedder's similarities are mapped onto the reference scale by matching the mean and spread of
 * its background to the reference's. An unmeasured background (too few sentences) is left as it is.
 */
export function scaleToReference(background: SimilarityBackground, reference = REFERENCE_EMBEDDER.background): SimilarityScale {
  if (!(background.sd > 0)) return (s) => s;
  const slope = reference.sd / background.sd;
  return (s) => reference.mean + (s - background.mean) * slope;
}

/** What start-up says about the mapping, so an admin who switched models can see it. */
export function describeScale(embedderId: string, background: SimilarityBackground): string {
  const { mean, sd } = REFERENCE_EMBEDDER.background;
  const spread = (m: number, s: number) => `${m.toFixed(2)} ± ${s.toFixed(2)}`;
  return background.sd > 0
    ? `Similarities of ${embedderId} (unrelated sentences ${spread(background.mean, background.sd)}) are mapped onto the scale of ${REFERENCE_EMBEDDER.id} (${spread(mean, sd)}), which the answer thresholds are in.`
    : `Similarities of ${embedderId} are used as they are: the corpus is too small to measure their scale.`;
}
