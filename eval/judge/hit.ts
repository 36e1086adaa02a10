import { containsFact } from './facts';
import type { GoldTarget } from './gold-target';

/** Anything a system retrieves or cites, reduced to what the judge needs: where it is and what it says. */
export type RetrievedUnit = { source: string; start: number; end: number; text: string };

export type HitKind = 'span' | 'facts';

/** Share of the gold quote's length a unit's span must cover. */
export const MIN_QUOTE_OVERLAP = 0.5;

/**
 * The one hit rule for every system (our passages, LangChain chunks, cited passages): a unit from the gold
 * source is a hit when its span covers at least half of the gold quote's span (`'span'`), or else when
 * its text contains every gold fact, normalised as in `containsFact` (`'facts'`). Null when it is no hit.
 */
export function judgeHit(unit: RetrievedUnit, gold: GoldTarget): HitKind | null {
  if (unit.source !== gold.source) return null;
  const overlap = Math.min(unit.end, gold.end) - Math.max(unit.start, gold.start);
  if (overlap >= MIN_QUOTE_OVERLAP * (gold.end - gold.start)) return 'span';
  if (gold.facts.length > 0 && gold.facts.every((fact) => containsFact(unit.text, fact))) return 'facts';
  return null;
}

export const isHit = (unit: RetrievedUnit, gold: GoldTarget): boolean => judgeHit(unit, gold) !== null;

/** 1-based rank of the first hit in a ranked list, or null when none of them is a hit. */
export function firstHitRank(ranked: readonly RetrievedUnit[], gold: GoldTarget): number | null {
  const i = ranked.findIndex((unit) => isHit(unit, gold));
  return i < 0 ? null : i + 1;
}
