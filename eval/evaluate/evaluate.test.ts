import { describe, expect, it } from 'vitest';
import { STANDALONE_TURN_2, runScenario } from '../../test-support/eval-scenario';
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
});
