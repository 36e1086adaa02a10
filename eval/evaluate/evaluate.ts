import { performance } from 'node:perf_hooks';
import type { AnswerService } from '../../server/ask/answer-service';
import type { Citation } from '../../server/protocol';
import { answeredQuestions } from '../gold/gold-answers';
import { judgeCitations } from '../judge/citation-quality';
import { factRecall, missingFacts } from '../judge/facts';
import { locateGold, type GoldTarget } from '../judge/gold-target';
import { firstHitRank, isHit, judgeHit, type RetrievedUnit } from '../judge/hit';
import type { RetrievalSystem } from '../systems/retrieval-system';
import { askGold, type AskedQuestion, type SplitItem } from './ask-gold';
import type { QuestionResult, Ranking } from './question-result';

/** How deep each system retrieves; MRR is computed over this depth. */
export const RETRIEVAL_DEPTH = 10;

export type EvaluateInputs = {
  entries: readonly SplitItem[];
  service: AnswerService;
  systems: readonly RetrievalSystem[];
  /** The source text gold quotes are located in (the index's). */
  sourceText: (source: string) => string | undefined;
  /** The unit a citation points at, for citation accuracy: normally its whole passage. */
  citedUnit: (citation: Citation) => RetrievedUnit;
};

export type Evaluation = { questions: QuestionResult[]; timings: { answersMs: number; retrievalMs: Record<string, number> } };

/**
 * Asks every gold question through the answer service, scores each answer, then runs every retrieval
 * system on the same questions (turn 2: the answer service's standalone rewrite, and the raw text).
 */
export async function evaluate(inputs: EvaluateInputs): Promise<Evaluation> {
  const answersStart = performance.now();
  const asked = await askGold(inputs.service, inputs.entries);
  const answersMs = performance.now() - answersStart;
  const questions = asked.map((q) => scoreAnswer(q, inputs));

  const retrievalMs: Record<string, number> = {};
  for (const system of inputs.systems) {
    const start = performance.now();
    for (const question of questions) {
      if (!question.gold) continue;
      question.retrieval[system.id] = await rank(system, question.answer.standaloneQuestion, question.gold);
      if (question.rawRetrieval) question.rawRetrieval[system.id] = await rank(system, question.question, question.gold);
    }
    retrievalMs[system.id] = performance.now() - start;
  }
  return { questions, timings: { answersMs, retrievalMs } };
}

function scoreAnswer(asked: AskedQuestion, inputs: EvaluateInputs): QuestionResult {
  const { split, item, turn, answer } = asked;
  const gold = goldOf(asked, inputs);
  const text = answer.answer;
  return {
    split,
    itemId: item.id,
    type: item.type,
    turn,
    question: answer.question,
    answer,
    gold,
    factRecall: gold ? factRecall(text, gold.facts) : null,
    missingFacts: gold ? missingFacts(text, gold.facts) : [],
    citationHit: gold ? answer.citations.some((c) => isHit(inputs.citedUnit(c), gold)) : null,
    citations: answer.abstained ? null : judgeCitations(answer),
    retrieval: {},
    rawRetrieval: turn === 2 ? {} : null,
  };
}

function goldOf({ item, turn }: AskedQuestion, inputs: EvaluateInputs): GoldTarget | null {
  const answered = answeredQuestions(item).find((q) => q.turn === turn);
  return answered ? locateGold(answered.answer, inputs.sourceText) : null;
}

async function rank(system: RetrievalSystem, query: string, gold: GoldTarget): Promise<Ranking> {
  const ranked = (await system.retrieve(query, RETRIEVAL_DEPTH)).slice(0, RETRIEVAL_DEPTH);
  const rank = firstHitRank(ranked, gold);
  const spanIndex = ranked.findIndex((unit) => judgeHit(unit, gold) === 'span');
  return {
    query,
    rank,
    hitKind: rank === null ? null : judgeHit(ranked[rank - 1], gold),
    spanRank: spanIndex < 0 ? null : spanIndex + 1,
    top: ranked.slice(0, 5),
  };
}
