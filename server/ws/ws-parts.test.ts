import { describe, expect, it } from 'vitest';
import { splitIntoDeltas } from './answer-deltas';
import { parseClientFrame } from './client-frame';
import { createTokenBucket } from './token-bucket';

describe('parseClientFrame', () => {
  const codeOf = (text: string) => {
    const parsed = parseClientFrame(text);
    return parsed.ok ? 'ok' : `${parsed.error.code}:${parsed.id}`;
  };

  it('accepts ask and reset frames', () => {
    expect(parseClientFrame('{"type":"ask","id":"1","question":" Hi? ","mode":"excerpts","k":3}')).toEqual({
      ok: true,
      frame: { type: 'ask', id: '1', question: 'Hi?', mode: 'excerpts', k: 3 },
    });
    expect(codeOf('{"type":"reset","conversationId":"c"}')).toBe('ok');
  });

  it('names what is wrong and keeps the id when usable', () => {
    expect(codeOf('{not json')).toBe('BAD_JSON:null');
    expect(codeOf('[1,2]')).toBe('BAD_FRAME:null');
    expect(codeOf('"ask"')).toBe('BAD_FRAME:null');
    expect(codeOf('{"id":"7"}')).toBe('BAD_FRAME:7');
    expect(codeOf('{"type":"subscribe","id":"7"}')).toBe('UNKNOWN_TYPE:7');
    expect(codeOf('{"type":"ask","id":"7"}')).toBe('BAD_FRAME:7');
    expect(codeOf('{"type":"ask","question":"x"}')).toBe('BAD_FRAME:null');
    expect(codeOf('{"type":"ask","id":"7","question":"   "}')).toBe('EMPTY_QUESTION:7');
    expect(codeOf(JSON.stringify({ type: 'ask', id: '7', question: 'x'.repeat(2001) }))).toBe('QUESTION_TOO_LONG:7');
    expect(codeOf('{"type":"ask","id":"7","question":"x","k":0}')).toBe('BAD_FRAME:7');
    expect(codeOf('{"type":"ask","id":"7","question":"x","mode":"poem"}')).toBe('BAD_FRAME:7');
    expect(codeOf('{"type":"reset"}')).toBe('BAD_FRAME:null');
  });

  it('says which field is missing', () => {
    const parsed = parseClientFrame('{"type":"ask","id":"7"}');
    expect(parsed.ok ? '' : parsed.error.message).toBe('question is required');
  });
});

describe('splitIntoDeltas', () => {
  it('splits into word groups that join back exactly', () => {
    const text = '  The Council approved [1].\nIt met twice in 2008 [2][3]. ';
    const deltas = splitIntoDeltas(text, 3);
    expect(deltas.join('')).toBe(text);
    expect(deltas).toHaveLength(4); // 10 words in groups of 3
    expect(deltas[0]).toBe('  The Council approved ');
  });

  it('gives no delta for an empty answer', () => {
    expect(splitIntoDeltas('')).toEqual([]);
  });
});

describe('token bucket', () => {
  it('allows a burst, then refills at the given rate', () => {
    let t = 0;
    const bucket = createTokenBucket({ ratePerSecond: 2, burst: 3, now: () => t });
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    t += 499;
    expect(bucket.take()).toBe(false);
    t += 2;
    expect(bucket.take()).toBe(true);
    t += 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});
