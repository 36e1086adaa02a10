import { afterEach, describe, expect, it } from 'vitest';
import { useTestApps } from '../../../../test-support/server-app';

const { start } = useTestApps(afterEach);
const ids = (passages: { id: string }[]) => passages.map((p) => p.id);

describe('GET /api/passages/:id', () => {
  it('returns the passage, two neighbours each side and the document', async () => {
    const { app } = await start();
    const res = await app.inject(`/api/passages/${encodeURIComponent('alpha.txt#3')}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.passage.id).toBe('alpha.txt#3');
    expect(ids(body.neighbours)).toEqual(['alpha.txt#1', 'alpha.txt#2', 'alpha.txt#3', 'alpha.txt#4', 'alpha.txt#5']);
    expect(body.document).toMatchObject({ source: 'alpha.txt', title: 'Strategy report', passages: 6 });
  });

  it('accepts another radius and rejects a bad one', async () => {
    const { app } = await start();
    const url = `/api/passages/${encodeURIComponent('beta.txt#1')}`;
    expect(ids((await app.inject(`${url}?radius=1`)).json().neighbours)).toEqual(['beta.txt#1', 'beta.txt#2']);
    const bad = await app.inject(`${url}?radius=-1`);
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('answers 404 PASSAGE_NOT_FOUND for an unknown id', async () => {
    const { app } = await start();
    const res = await app.inject('/api/passages/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'PASSAGE_NOT_FOUND', message: 'No passage with id "nope"' });
  });
});
