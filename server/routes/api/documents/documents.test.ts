import { afterEach, describe, expect, it } from 'vitest';
import { useTestApps } from '../../../../test-support/server-app';

const { start } = useTestApps(afterEach);

describe('GET /api/documents', () => {
  it('lists documents with metadata and passage counts', async () => {
    const { app } = await start();
    const { documents } = (await app.inject('/api/documents')).json();
    expect(documents).toEqual([
      expect.objectContaining({ source: 'alpha.txt', title: 'Strategy report', symbol: 'MC/INF/900', date: '2007-11-01', passages: 6 }),
      expect.objectContaining({ source: 'beta.txt', symbol: null, passages: 4 }),
    ]);
  });
});
