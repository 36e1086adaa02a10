import { describe, expect, it } from 'vitest';
import { AnswerMarkerStream, markerNumbers, splitAnswer, type AnswerSegment } from './answer-markers';

const render = (segments: AnswerSegment[]) => segments.map((s) => (s.kind === 'text' ? s.text : `{${s.n}}`)).join('');

describe('splitAnswer', () => {
  it('turns [n], [n][m] and [n, m] into markers and keeps the prose', () => {
    expect(render(splitAnswer('IOM grew [1]. It helped [2][3]; and more [4, 5].'))).toBe('IOM grew {1}. It helped {2}{3}; and more {4}{5}.');
  });

  it('leaves text without markers and bracketed words alone', () => {
    expect(splitAnswer('No markers [here] or [a1].')).toEqual([{ kind: 'text', text: 'No markers [here] or [a1].' }]);
  });

  it('lists the numbers in first-use order', () => {
    expect(markerNumbers('a [2] b [1] c [2, 3]')).toEqual([2, 1, 3]);
  });
});

describe('AnswerMarkerStream', () => {
  it('gives the same result whatever the chunking, holding back half-typed markers', () => {
    const text = 'Labour migration grew in Asia [1]. Health checks continued [2][3], said the report [10, 11].';
    const whole = render(splitAnswer(text));
    for (const size of [1, 2, 3, 5, 7, 13]) {
      const stream = new AnswerMarkerStream();
      const out: AnswerSegment[] = [];
      for (let i = 0; i < text.length; i += size) out.push(...stream.push(text.slice(i, i + size)));
      out.push(...stream.flush());
      expect(render(out), `chunk size ${size}`).toBe(whole);
      expect(stream.text).toBe(text);
    }
  });

  it('does not emit an open bracket until it knows whether it is a marker', () => {
    const stream = new AnswerMarkerStream();
    expect(render(stream.push('grew [1'))).toBe('grew ');
    expect(render(stream.push('2] then'))).toBe('{12} then');
  });

  it('releases a bracket that turns out not to be a marker', () => {
    const stream = new AnswerMarkerStream();
    expect(render(stream.push('see [2'))).toBe('see ');
    expect(render(stream.push('a] ok'))).toBe('[2a] ok');
    expect(render(stream.push(' end ['))).toBe(' end ');
    expect(render(stream.flush())).toBe('[');
  });
});
