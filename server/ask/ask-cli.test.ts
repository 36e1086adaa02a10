import { describe, expect, it } from 'vitest';
import { fakeCitation, FakeCorpusIndex } from '../../test-support/server-fakes';
import type { Answer } from '../protocol';
import { parseAskArgs } from './ask-cli-args';
import { formatAnswerText, formatExcerptsText } from './format-answer-text';

describe('parseAskArgs', () => {
  it('joins positionals into the question and reads flags', () => {
    expect(parseAskArgs(['What', 'is', 'IOM?', '--json', '--excerpts', '--k', '3'])).toEqual({
      help: false,
      json: true,
      mode: 'excerpts',
      question: 'What is IOM?',
      k: 3,
    });
    expect(parseAskArgs(['budget'])).toMatchObject({ mode: 'answer', json: false, k: undefined });
  });

  it('rejects an empty question, a bad k and unknown flags', () => {
    expect(() => parseAskArgs([])).toThrow(expect.objectContaining({ code: 'EMPTY_QUESTION' }));
    expect(() => parseAskArgs(['budget', '--k', 'many'])).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
    expect(() => parseAskArgs(['budget', '--k', '99'])).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
    expect(() => parseAskArgs(['budget', '--verbose'])).toThrow(TypeError);
  });

  it('needs no question for --help', () => {
    expect(parseAskArgs(['--help']).help).toBe(true);
  });
});

describe('text output', () => {
  const index = new FakeCorpusIndex();
  const [p1, p2] = index.passages;
  const answer: Answer = {
    id: 'a',
    conversationId: 'c',
    question: 'q',
    standaloneQuestion: 'q',
    answer: 'The Organization adopted a strategy [1].',
    citations: [fakeCitation(p1, 1, 0.9)],
    abstained: false,
    related: [],
    timings: { retrieveMs: 1.234, composeMs: 0.5, totalMs: 2 },
  };

  it('prints the answer, then numbered sources with refs and quotes, then timings', () => {
    const text = formatAnswerText(answer);
    expect(text.split('\n\n')).toEqual([
      'The Organization adopted a strategy [1].',
      `Sources\n[1] MC/INF/900 — Part I — ¶ 1\n    “${p1.text}”`,
      '(retrieve 1.2 ms, compose 0.5 ms, total 2.0 ms)',
    ]);
  });

  it('labels related passages of an abstention as not support', () => {
    const text = formatAnswerText({ ...answer, answer: 'The reports do not say.', citations: [], abstained: true, related: [fakeCitation(p2, 1, 0.2)] });
    expect(text).toContain('Related passages (not support for an answer)\n[1] MC/INF/900 — Part I — ¶ 2');
    expect(text).not.toContain('Sources');
  });

  it('prints excerpts with scores, or says none matched', () => {
    expect(formatExcerptsText({ id: 'x', conversationId: 'c', standaloneQuestion: 'q', excerpts: [fakeCitation(p1, 1, 0.75)] })).toBe(
      `[1] MC/INF/900 — Part I — ¶ 1  (score 0.750)\n    ${p1.text}`,
    );
    expect(formatExcerptsText({ id: 'x', conversationId: 'c', standaloneQuestion: 'q', excerpts: [] })).toBe('No passages matched.');
  });
});
