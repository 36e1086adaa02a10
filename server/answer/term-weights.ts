import type { Passage } from '../../ingest/types';
import { contentKeys, tokenize } from './text/word-tokens';

/** Document frequencies of content keys over a set of passages. */
export type TermStats = { docs: number; df: ReadonlyMap<string, number> };

export function termStats(keySets: Iterable<ReadonlySet<string>>): TermStats {
  const df = new Map<string, number>();
  let docs = 0;
  for (const keys of keySets) {
    docs++;
    for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return { docs, df };
}

/**
 * Inverse document frequency, ln(1 + N / df). A key seen nowhere counts as seen once: it is as
 * distinctive as anything can be, without letting one unknown word outweigh the rest.
 */
export function idf(stats: TermStats, key: string): number {
  const df = Math.max(1, stats.df.get(key) ?? 0);
  return Math.log(1 + Math.max(1, stats.docs) / df);
}

const corpusCache = new WeakMap<readonly Passage[], TermStats>();

/** Term statistics of a whole corpus, computed once per passage list. */
export function corpusTermStats(passages: readonly Passage[]): TermStats {
  let stats = corpusCache.get(passages);
  if (!stats) {
    stats = termStats(passages.map((p) => contentKeys(tokenize(p.text))));
    corpusCache.set(passages, stats);
  }
  return stats;
}
