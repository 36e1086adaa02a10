import { afterEach, describe, expect, it } from 'vitest';
import { useTestApps } from '../../../../test-support/server-app';
import { citationSchema } from '../../../protocol';

const { start } = useTestApps(afterEach);

describe('GET /api/search', () => {
  it('returns ranked passage citations with the whole passage as quote', async () => {
    const { app, index, composer } = await start();
    const res = await app.inject('/api/search?q=migration%20strategy&k=2&mode=lexical');
    const { results } = res.json();
    expect(results).toHaveLength(2);
    expect(results.map((r: { n: number }) => r.n)).toEqual([1, 2]);
    for (const r of results) expect(citationSchema.parse(r).quote).toBe(index.getPassage(r.passageId)!.text);
    expect(index.retrieveCalls).toEqual([{ query: 'migration strategy', options: { k: 2, mode: 'lexical' } }]);
    expect(composer.calls).toEqual([]);
  });

  it('defaults to hybrid retrieval of 8 passages', async () => {
    const { app, index } = await start();
    await app.inject('/api/search?q=budget');
    expect(index.retrieveCalls).toEqual([{ query: 'budget', options: { k: 8, mode: 'hybrid' } }]);
  });

  it.each([
    ['a missing q', '', 'BAD_REQUEST'],
    ['a blank q', '?q=%20', 'EMPTY_QUESTION'],
    ['a q over 2000 characters', `?q=${'x'.repeat(2001)}`, 'QUESTION_TOO_LONG'],
    ['a non-numeric k', '?q=budget&k=abc', 'BAD_REQUEST'],
    ['k = 0', '?q=budget&k=0', 'BAD_REQUEST'],
    ['an unknown mode', '?q=budget&mode=fuzzy', 'BAD_REQUEST'],
  ])('rejects %s', async (_label, query, code) => {
    const { app, index } = await start();
    const res = await app.inject(`/api/search${query}`);
    expect([res.statusCode, res.json().code]).toEqual([400, code]);
    expect(index.retrieveCalls).toEqual([]);
  });
});
