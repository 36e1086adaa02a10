/**
 * In-process query latency through createAnswerService (what REST and the websocket call): the
 * service's own retrieve / compose / total timings per question, plus the query embedding alone,
 * which is most of retrieve.
 */
import { performance } from 'node:perf_hooks';
import type { Answer } from '../server/protocol';
import type { CorpusIndex } from '../vectors/corpus-index';
import type { PassageEmbedder } from '../vectors/types';
import { createBenchAnswerService, WARM_UP_QUESTIONS } from './answer-stack';
import type { BenchQuestion } from './questions';
import { summarize, type LatencySummary } from './stats';

export type QueryMeasurement = {
  questions: number;
  answered: number;
  abstained: number;
  retrieve: LatencySummary;
  compose: LatencySummary;
  total: LatencySummary;
  /** embedQuery alone on the same standalone questions (a share of retrieve). */
  embedQuery: LatencySummary;
};

export async function measureQueries(index: CorpusIndex, embedder: PassageEmbedder, questions: readonly BenchQuestion[]): Promise<QueryMeasurement> {
  const service = createBenchAnswerService(index);
  for (const question of WARM_UP_QUESTIONS) await service.ask({ question });
  const answers: Answer[] = [];
  let conversationId: string | undefined;
  for (const { question, followUp } of questions) {
    const result = await service.ask({ question, conversationId: followUp ? conversationId : undefined });
    if (result.mode !== 'answer') throw new Error('expected an answer');
    answers.push(result.answer);
    conversationId = result.answer.conversationId;
  }
  const embedMs: number[] = [];
  for (const answer of answers) {
    const start = performance.now();
    await embedder.embedQuery(answer.standaloneQuestion);
    embedMs.push(performance.now() - start);
  }
  return {
    questions: answers.length,
    answered: answers.filter((a) => !a.abstained).length,
    abstained: answers.filter((a) => a.abstained).length,
    retrieve: summarize(answers.map((a) => a.timings.retrieveMs)),
    compose: summarize(answers.map((a) => a.timings.composeMs)),
    total: summarize(answers.map((a) => a.timings.totalMs)),
    embedQuery: summarize(embedMs),
  };
}
