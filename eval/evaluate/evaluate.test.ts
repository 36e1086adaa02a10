import { describe, expect, it } from 'vitest';
import { FAKE_SOURCE, FAKE_TEXT, ScriptedAnswerService, ScriptedRetrievalSystem, citation, goldAnswer, unitOf } from '../../test-support/eval-fakes';
import { Q1, STANDALONE_TURN_2, runScenario } from '../../test-support/eval-scenario';
import { evaluate } from './evaluate';
import { splitMetrics } from '../metrics/split-metrics';

describe('evaluate on a scripted run', async () => {
  const run = await runScenario();
  const dev = splitMetrics('dev', run.questions, ['a']);
  const test = splitMetrics('test', run.questions, ['a']);

  it('asks turn 2 in the conversation of turn 1 and every other item in a fresh one', () => {
    const asked = run.service.requests.map((r) => [r.question, r.conversationId]);
    expect(asked).toEqual([
      ['How many victims did IOM assist in 2007?', undefined],
      ['Where was assistance provided?', undefined],
      ['And what funded deployments?', 'c2'],
      ['What did IOM spend in 2030?', undefined],
      ['What did staff training cover?', undefined],
      ['How much did IOM spend on coffee?', undefined],
    ]);
    expect(run.questions).toHaveLength(6);
  });

  it('retrieves turn 2 with the standalone rewrite and, separately, with the raw text; never for unanswerable items', () => {
    const queries = run.system.queries.map((q) => q.query);
    expect(queries).toContain(STANDALONE_TURN_2);
    expect(queries).toContain('And what funded deployments?');
    expect(queries).not.toContain('What did IOM spend in 2030?');
    expect(run.system.queries.every((q) => q.k === 10)).toBe(true);
  });

  it('scores retrieval per split: hit@1, hit@5, MRR, and turn 2 rewritten vs raw', () => {
    expect(dev.retrieval.a.all).toEqual({ n: 3, hitAt1: 2 / 3, hitAt5: 1, mrr: (0.5 + 1 + 1) / 3, spanHitAt5: 1 });
    expect(dev.retrieval.a.turn2.hitAt5).toBe(1);
    expect(dev.retrieval.a.turn2Raw.hitAt5).toBe(0);
    // s2's hit is at rank 6: outside hit@5, inside MRR@10.
    expect(test.retrieval.a.all).toMatchObject({ n: 1, hitAt1: 0, hitAt5: 0, mrr: 1 / 6 });
  });

  it('scores answers: facts, citation accuracy, ALCE recall, abstention, follow-ups', () => {
    expect(dev.answers).toMatchObject({
      factRecall: (1 + 0.5 + 0) / 3,
      citationAccuracy: 2 / 3,
      citationRecall: 1,
      citationPrecision: 1,
      sentencesWithMarker: 1,
      correctAbstention: 1,
      wrongAbstention: 1 / 3,
      followUpFactRecall: 0,
      n: { answerable: 3, judgedAnswers: 2, sentences: 2, unanswerable: 1, followUpTurns: 1 },
      latencyMs: { mean: 25, p95: 40 },
    });
    expect(test.answers).toMatchObject({
      factRecall: 1,
      citationAccuracy: 0,
      citationRecall: 0,
      citationPrecision: 0,
      sentencesSupportedByOne: 0,
      correctAbstention: 0,
      wrongAbstention: 0,
      followUpFactRecall: null,
    });
  });

  it('asks an unanswerable follow-up in the conversation of its answerable first turn and counts it as unanswerable', async () => {
    const after = { question: 'How many victims did IOM assist in 2007?', ...goldAnswer(Q1, ['1,600']) };
    const service = new ScriptedAnswerService({
      [after.question]: { answer: `${Q1} [1]`, citations: [citation(1, Q1)] },
      'Who paid for it?': { answer: 'IOM paid. [1]', citations: [citation(1, Q1)] },
    });
    const { questions } = await evaluate({
      entries: [{ split: 'dev', item: { id: 'u3', type: 'unanswerable', answerable: false, after, question: 'Who paid for it?', note: 'no funder named', offTopic: false, absent: ['funded by'] } }],
      service,
      systems: [new ScriptedRetrievalSystem('a', { [after.question]: [unitOf(Q1)] })],
      sourceText: (source) => (source === FAKE_SOURCE ? FAKE_TEXT : undefined),
      citedUnit: (c) => ({ source: c.source, start: c.start, end: c.end, text: c.quote }),
    });
    expect(service.requests.map((r) => [r.question, r.conversationId])).toEqual([[after.question, undefined], ['Who paid for it?', 'c1']]);
    expect(questions.map((q) => [q.turn, q.gold !== null])).toEqual([[1, true], [2, false]]);
    const { answers, retrieval } = splitMetrics('dev', questions, ['a']);
    expect(answers).toMatchObject({ factRecall: 1, correctAbstention: 0, followUpCorrectAbstention: 0, n: { answerable: 1, unanswerable: 1, unanswerableFollowUps: 1, followUpTurns: 0 } });
    expect(retrieval.a.all.n).toBe(1);
  });
});
