import type { Answer } from '../../server/protocol';
import type { GoldItem, GoldSplit } from '../gold/schema';
import type { AnswerJudgement } from '../judge/citation-quality';
import type { GoldTarget } from '../judge/gold-target';
import type { HitKind } from '../judge/hit';
import type { RankedUnit } from '../systems/retrieval-system';

/** Where one system put the gold answer for one query. */
export type Ranking = {
  query: string;
  /** 1-based rank of the first hit among the top k, or null. */
  rank: number | null;
  hitKind: HitKind | null;
  /** 1-based rank of the first unit whose span covers the quote (the stricter half of the hit rule). */
  spanRank: number | null;
  /** The top five, for failure listings. */
  top: RankedUnit[];
};

/** Everything measured about one question: an answerable turn or an unanswerable item. */
export type QuestionResult = {
  split: GoldSplit;
  itemId: string;
  type: GoldItem['type'];
  turn: number | null;
  question: string;
  answer: Answer;
  /** Null for unanswerable items. */
  gold: GoldTarget | null;
  /** Share of gold facts in the answer text; null when unanswerable. */
  factRecall: number | null;
  missingFacts: string[];
  /** The answer cites a passage that is a hit for the gold quote; null when unanswerable. */
  citationHit: boolean | null;
  /** ALCE judgement of the answer's sentences; null when the answer abstained. */
  citations: AnswerJudgement | null;
  /** Per system: retrieval for the question the answer service searched with (turn 2: its standalone rewrite). */
  retrieval: Record<string, Ranking>;
  /** Turn 2 only: retrieval for the raw turn-2 text. */
  rawRetrieval: Record<string, Ranking> | null;
};
