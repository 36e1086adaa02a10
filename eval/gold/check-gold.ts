import { checkAnswers } from './check-answers';
import { checkCoverage, checkIdentity, checkSplits } from './check-set';
import type { GoldProblem } from './gold-problem';
import type { GoldItem, GoldSplit } from './schema';

/** Every gold-set check at once; an empty list means the set is usable. */
export function checkGold(
  splits: Readonly<Record<GoldSplit, readonly GoldItem[]>>,
  sources: ReadonlyMap<string, string>,
): GoldProblem[] {
  const all = [...splits.dev, ...splits.test];
  return [...checkAnswers(all, sources), ...checkIdentity(all), ...checkSplits(splits), ...checkCoverage(all, sources)];
}
