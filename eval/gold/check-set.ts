import { answeredQuestions, conversationKey, questionKey, reportOf } from './gold-answers';
import type { GoldProblem } from './gold-problem';
import type { GoldItem, GoldSplit } from './schema';

/** What the gold set must hold at least (the requirements). */
export const GOLD_MINIMUMS = {
  items: 110,
  /** Questions (singles and follow-up turns) worded away from the report's own words. */
  paraphrased: 30,
  followUps: 18,
  unanswerable: 18,
  offTopic: 3,
} as const;

/**
 * Ids and conversations are unique across the whole set (two follow-ups may share an opener); `checkSplits` keeps
 * openers apart between the splits.
 */
export function checkIdentity(items: readonly GoldItem[]): GoldProblem[] {
  const problems: GoldProblem[] = [];
  const ids = new Set<string>();
  const questions = new Map<string, string>();
  for (const item of items) {
    if (ids.has(item.id)) problems.push({ check: 'unique-id', id: item.id, message: `id ${item.id} is used more than once` });
    ids.add(item.id);
    const key = conversationKey(item);
    const first = questions.get(key);
    if (first !== undefined) problems.push({ check: 'unique-question', id: item.id, message: `${item.id} asks the same question as ${first}` });
    else questions.set(key, item.id);
  }
  return problems;
}

/**
 * The splits share no id or question, and in each stratum (type, report, kind, paraphrase, off-topic) dev holds at
 * least about as many items as test: what test measures, dev lets us tune on. Dev may grow past test (it did, when
 * questions were added to widen what tuning sees); test stays fixed.
 */
export function checkSplits(splits: Readonly<Record<GoldSplit, readonly GoldItem[]>>): GoldProblem[] {
  const problems: GoldProblem[] = [];
  const devIds = new Set(splits.dev.map((i) => i.id));
  const devQuestions = new Set(splits.dev.map(questionKey));
  for (const item of splits.test) {
    if (devIds.has(item.id) || devQuestions.has(questionKey(item))) {
      problems.push({ check: 'split-overlap', id: item.id, message: `${item.id} is in both dev and test` });
    }
  }
  for (const [stratum, counts] of countStrata(splits)) {
    const [dev, test] = [counts.dev ?? 0, counts.test ?? 0];
    if (test - dev > Math.max(1, 0.2 * (dev + test))) {
      problems.push({ check: 'split-balance', id: null, message: `${stratum} has more test items than dev can tune on: dev ${dev}, test ${test}` });
    }
  }
  return problems;
}

function countStrata(splits: Readonly<Record<GoldSplit, readonly GoldItem[]>>): Map<string, Partial<Record<GoldSplit, number>>> {
  const strata = new Map<string, Partial<Record<GoldSplit, number>>>();
  const add = (stratum: string, split: GoldSplit) => {
    const counts = strata.get(stratum) ?? {};
    counts[split] = (counts[split] ?? 0) + 1;
    strata.set(stratum, counts);
  };
  for (const split of ['dev', 'test'] as const) {
    for (const item of splits[split]) {
      add(`type ${item.type}`, split);
      const report = reportOf(item);
      if (report !== null) add(`report ${report}`, split);
      if (item.type === 'unanswerable' && item.offTopic) add('off-topic', split);
      for (const { answer } of answeredQuestions(item)) {
        add(`kind ${answer.kind}`, split);
        if (answer.paraphrased) add('paraphrased', split);
      }
    }
  }
  return strata;
}

/**
 * The set meets GOLD_MINIMUMS, and its answerable items cover every report roughly in proportion to
 * its length (between half and twice its share of corpus characters) and reach its second half.
 */
export function checkCoverage(items: readonly GoldItem[], sources: ReadonlyMap<string, string>): GoldProblem[] {
  const problems: GoldProblem[] = [];
  const count = (pred: (i: GoldItem) => boolean) => items.filter(pred).length;
  const paraphrased = items.flatMap(answeredQuestions).filter((a) => a.answer.paraphrased).length;
  const actual = {
    items: items.length,
    paraphrased,
    followUps: count((i) => i.type === 'follow-up'),
    unanswerable: count((i) => i.type === 'unanswerable'),
    offTopic: count((i) => i.type === 'unanswerable' && i.offTopic),
  };
  for (const key of Object.keys(GOLD_MINIMUMS) as (keyof typeof GOLD_MINIMUMS)[]) {
    if (actual[key] < GOLD_MINIMUMS[key]) {
      problems.push({ check: 'minimum', id: null, message: `${key}: ${actual[key]} < required ${GOLD_MINIMUMS[key]}` });
    }
  }

  const answerable = items.filter((i) => i.answerable);
  const corpusChars = [...sources.values()].reduce((n, t) => n + t.length, 0);
  for (const [name, text] of sources) {
    const mine = answerable.filter((i) => reportOf(i) === name);
    const share = mine.length / Math.max(1, answerable.length);
    const expected = text.length / corpusChars;
    if (share < expected / 2 || share > expected * 2) {
      problems.push({
        check: 'spread',
        id: null,
        message: `${name}: ${(share * 100).toFixed(1)}% of answerable items for ${(expected * 100).toFixed(1)}% of the corpus`,
      });
    }
    const quotes = mine.flatMap(answeredQuestions).map((a) => text.indexOf(a.answer.quote));
    const late = quotes.filter((at) => at >= text.length / 2).length;
    if (quotes.length > 0 && late < quotes.length / 4) {
      problems.push({ check: 'spread', id: null, message: `${name}: only ${late} of ${quotes.length} quotes come from the second half` });
    }
  }
  return problems;
}
