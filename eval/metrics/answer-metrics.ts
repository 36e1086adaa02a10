import type { QuestionResult } from '../evaluate/question-result';
import { mean, percentile, share } from './mean';

export type AnswerMetrics = {
  /** Mean share of gold facts in the answer text, over answerable questions (both follow-up turns). */
  factRecall: number | null;
  /** Share of answerable questions whose answer cites a passage that is a hit for the gold quote. */
  citationAccuracy: number | null;
  /** ALCE citation recall, averaged over answers that did not abstain. */
  citationRecall: number | null;
  /** ALCE citation precision, averaged over answers that did not abstain. */
  citationPrecision: number | null;
  /** Share of answer sentences (all non-abstained answers pooled) that one citation supports alone. */
  sentencesSupportedByOne: number | null;
  /** Share of answer sentences with at least one `[n]` marker. */
  sentencesWithMarker: number | null;
  /** Share of unanswerable questions answered with `abstained: true` (items, and follow-ups to an answerable turn). */
  correctAbstention: number | null;
  /** The same, over the unanswerable follow-ups alone. */
  followUpCorrectAbstention: number | null;
  /** Share of answerable questions answered with `abstained: true` (lower is better). */
  wrongAbstention: number | null;
  /** Fact recall on the second turn of follow-ups. */
  followUpFactRecall: number | null;
  n: { answerable: number; judgedAnswers: number; sentences: number; unanswerable: number; unanswerableFollowUps: number; followUpTurns: number };
  /** Answer service time per question (its own `timings.totalMs`). */
  latencyMs: { mean: number | null; p95: number | null };
};

export function answerMetrics(questions: readonly QuestionResult[]): AnswerMetrics {
  const answerable = questions.filter((q) => q.gold !== null);
  const unanswerable = questions.filter((q) => q.gold === null);
  const judged = questions.flatMap((q) => (q.citations ? [q.citations] : []));
  const sentences = judged.flatMap((j) => j.sentences);
  const secondTurns = answerable.filter((q) => q.turn === 2);
  const unanswerableFollowUpTurns = unanswerable.filter((q) => q.turn === 2);
  const latencies = questions.map((q) => q.answer.timings.totalMs);
  return {
    factRecall: mean(answerable.map((q) => q.factRecall ?? 0)),
    citationAccuracy: share(answerable.map((q) => q.citationHit === true)),
    citationRecall: mean(judged.map((j) => j.citationRecall)),
    citationPrecision: mean(judged.map((j) => j.citationPrecision)),
    sentencesSupportedByOne: share(sentences.map((s) => s.supportedByOne)),
    sentencesWithMarker: share(sentences.map((s) => s.markers.length > 0)),
    correctAbstention: share(unanswerable.map((q) => q.answer.abstained)),
    followUpCorrectAbstention: share(unanswerableFollowUpTurns.map((q) => q.answer.abstained)),
    wrongAbstention: share(answerable.map((q) => q.answer.abstained)),
    followUpFactRecall: mean(secondTurns.map((q) => q.factRecall ?? 0)),
    n: {
      answerable: answerable.length,
      judgedAnswers: judged.length,
      sentences: sentences.length,
      unanswerable: unanswerable.length,
      unanswerableFollowUps: unanswerableFollowUpTurns.length,
      followUpTurns: secondTurns.length,
    },
    latencyMs: { mean: round(mean(latencies)), p95: round(percentile(latencies, 95)) },
  };
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
