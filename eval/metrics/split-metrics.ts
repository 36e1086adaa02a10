import type { QuestionResult } from '../evaluate/question-result';
import type { GoldSplit } from '../gold/schema';
import { answerMetrics, type AnswerMetrics } from './answer-metrics';
import { retrievalScores, type RetrievalScores } from './retrieval-metrics';

export type SystemRetrieval = {
  /** Every answerable question; a follow-up's turn 2 retrieved with the answer service's standalone rewrite. */
  all: RetrievalScores;
  /** Follow-up turn 2 only, rewritten. */
  turn2: RetrievalScores;
  /** Follow-up turn 2 only, retrieved with the raw turn-2 text. */
  turn2Raw: RetrievalScores;
};

export type SplitMetrics = {
  split: GoldSplit;
  items: number;
  retrieval: Record<string, SystemRetrieval>;
  answers: AnswerMetrics;
};

export function splitMetrics(split: GoldSplit, questions: readonly QuestionResult[], systemIds: readonly string[]): SplitMetrics {
  const mine = questions.filter((q) => q.split === split);
  const answerable = mine.filter((q) => q.gold !== null);
  const secondTurns = answerable.filter((q) => q.turn === 2);
  const retrieval: Record<string, SystemRetrieval> = {};
  for (const id of systemIds) {
    const ranked = (list: readonly QuestionResult[], raw: boolean) =>
      list.map((q) => {
        const ranking = (raw ? q.rawRetrieval : q.retrieval)?.[id];
        if (!ranking) throw new Error(`No ${raw ? 'raw ' : ''}retrieval by ${id} for ${q.itemId}`);
        return ranking;
      });
    retrieval[id] = {
      all: retrievalScores(ranked(answerable, false)),
      turn2: retrievalScores(ranked(secondTurns, false)),
      turn2Raw: retrievalScores(ranked(secondTurns, true)),
    };
  }
  return { split, items: new Set(mine.map((q) => q.itemId)).size, retrieval, answers: answerMetrics(mine) };
}
