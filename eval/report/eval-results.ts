import type { QuestionResult } from '../evaluate/question-result';
import type { GoldSplit } from '../gold/schema';
import type { SplitMetrics } from '../metrics/split-metrics';
import type { ThresholdReport } from '../thresholds/check-thresholds';

/** Compact per-question outcome kept in latest.json so that two runs can be diffed question by question. */
export type QuestionSummary = {
  split: GoldSplit;
  id: string;
  turn: number | null;
  abstained: boolean;
  factRecall: number | null;
  citationHit: boolean | null;
  sentences: number;
  supportedSentences: number;
  /** Rank of the first hit per system (null: not in the top k); unanswerable items have none. */
  ranks: Record<string, number | null>;
  rawTurnRanks?: Record<string, number | null>;
};

/** Everything one run measured, as written to eval/results/latest.json. */
export type EvalResults = {
  generatedAt: string;
  durationSeconds: number;
  machine: { node: string; cpus: number; platform: string };
  timings: { indexSeconds: number; baselineSeconds: number; answersSeconds: number; retrievalSeconds: Record<string, number> };
  corpus: { dir: string; documents: number; passages: number; files: { source: string; sha256: string }[] };
  embedder: { id: string; dimension: number };
  index: { dir: string; builtAt: string; rebuiltThisRun: boolean };
  langchain: { chunkSize: number; chunkOverlap: number; chunks: number };
  retrievalDepth: number;
  systems: { id: string; label: string }[];
  splits: SplitMetrics[];
  check: ThresholdReport | null;
  questions: QuestionSummary[];
};

export function summarizeQuestion(q: QuestionResult): QuestionSummary {
  const ranks = (rankings: QuestionResult['retrieval']) => Object.fromEntries(Object.entries(rankings).map(([id, r]) => [id, r.rank]));
  return {
    split: q.split,
    id: q.itemId,
    turn: q.turn,
    abstained: q.answer.abstained,
    factRecall: q.factRecall,
    citationHit: q.citationHit,
    sentences: q.citations?.sentences.length ?? 0,
    supportedSentences: q.citations?.sentences.filter((s) => s.support.supported).length ?? 0,
    ranks: ranks(q.retrieval),
    ...(q.rawRetrieval ? { rawTurnRanks: ranks(q.rawRetrieval) } : {}),
  };
}
