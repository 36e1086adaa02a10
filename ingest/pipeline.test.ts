import { spawn } from 'node:child_process';
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HashingEmbedder } from '../test-support/hashing-embedder';
import { copyReports, tempDir } from '../test-support/temp-corpus';
import { denseUnits } from '../vectors/dense/dense-units';
import { EmbedderMismatchError } from '../vectors/embedders';
import { openIndex } from '../vectors/open-index';
import { IndexCorruptError } from '../vectors/store/errors';
import { liveGenerationDir } from '../vectors/store/read-index';
import { ensureIndex, runIngest } from './pipeline';

const TWO = ['003_c8beaa6237c2b2c4.txt', '004_f5d453e5d967b2d5.txt'];

let work: { dir: string; cleanup: () => Promise<void> };
let corpusDir: string;
let indexDir: string;

beforeEach(async () => {
  work = await tempDir('pipeline');
  corpusDir = path.join(work.dir, 'corpus');
  indexDir = path.join(work.dir, 'index');
  await mkdir(corpusDir);
  await copyReports(corpusDir, TWO);
});
afterEach(() => work.cleanup());

describe('runIngest', () => {
  it('indexes every file and reports documents and passages', async () => {
    const summary = await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
    expect(summary).toMatchObject({ documents: 2, written: true, failed: [], changed: TWO });
    const index = await openIndex(indexDir, new HashingEmbedder());
    expect(index.passages).toHaveLength(summary.passages);
    expect(index.documents.map((d) => d.symbol)).toEqual(['MC/INF/302', 'IC/2007/7']);
    const hits = await index.retrieve('health assessments performed in 2009', { k: 3 });
    expect(hits[0].passage.text).toContain('270,000');
  });

  it('skips unchanged files by content hash and writes nothing when the corpus is unchanged', async () => {
    await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
    const generation = await liveGenerationDir(indexDir);
    const embedder = new HashingEmbedder();
    const summary = await runIngest({ corpusDir, indexDir, embedder });
    expect(summary).toMatchObject({ written: false, unchanged: 2, changed: [] });
    expect(embedder.embedded).toEqual([]);
    expect(await liveGenerationDir(indexDir)).toBe(generation);
  });

  it('re-embeds only the changed file and keeps passage ids of the unchanged one', async () => {
    await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
    const before = await openIndex(indexDir, new HashingEmbedder());
    await appendFile(path.join(corpusDir, TWO[1]), '\n\n99. A paragraph added to the report later on.\n');
    const embedder = new HashingEmbedder();
    const summary = await runIngest({ corpusDir, indexDir, embedder });
    expect(summary.changed).toEqual([TWO[1]]);
    const after = await openIndex(indexDir, new HashingEmbedder());
    const idsOf = (index: typeof before, source: string) => index.passages.filter((p) => p.source === source).map((p) => p.id);
    expect(idsOf(after, TWO[0])).toEqual(idsOf(before, TWO[0]));
    const changedUnits = after.passages.filter((p) => p.source === TWO[1]).flatMap((p) => denseUnits(p).map((unit) => unit.text));
    expect([...embedder.embedded].sort()).toEqual([...new Set(changedUnits)].sort());
    // Shortest first, so each batch pads to a length close to its own texts'.
    const lengths = embedder.embedded.map((t) => t.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(after.passages.some((p) => p.text.includes('added to the report later'))).toBe(true);
  });

  it('removes the passages of deleted files', async () => {
    await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
    await rm(path.join(corpusDir, TWO[0]));
    const summary = await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
    expect(summary.removed).toEqual([TWO[0]]);
    const index = await openIndex(indexDir, new HashingEmbedder());
    expect(new Set(index.passages.map((p) => p.source))).toEqual(new Set([TWO[1]]));
  });

  it('reports a broken file by name, skips it and indexes the rest', async () => {
    await writeFile(path.join(corpusDir, 'broken.pdf'), 'this is not a pdf');
    await writeFile(path.join(corpusDir, 'notes.xyz'), 'unsupported');
    const summary = await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
    expect(summary.failed.map((f) => f.source)).toEqual(['broken.pdf']);
    expect(summary.failed[0].message).toMatch(/broken\.pdf/);
    expect(summary.unsupported).toEqual(['notes.xyz']);
    expect(summary.documents).toBe(2);
    // Unchanged broken file: not retried, still reported, nothing rewritten.
    const again = await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
    expect(again).toMatchObject({ written: false, failed: [{ source: 'broken.pdf' }] });
  });

  it('refuses to open an index with another embedder', async () => {
    await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder(64) });
    await expect(openIndex(indexDir, new HashingEmbedder(32))).rejects.toBeInstanceOf(EmbedderMismatchError);
    // A re-ingest with the new embedder rebuilds everything.
    const summary = await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder(32) });
    expect(summary.changed).toEqual(TWO);
    await expect(openIndex(indexDir, new HashingEmbedder(32))).resolves.toBeDefined();
  });

  it('names a corrupted index file and how to rebuild; ensureIndex rebuilds it', async () => {
    await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
    const generation = (await liveGenerationDir(indexDir))!;
    await appendFile(path.join(generation, 'vectors.hnsw'), 'garbage');
    const error = await openIndex(indexDir, new HashingEmbedder()).catch((e) => e);
    expect(error).toBeInstanceOf(IndexCorruptError);
    expect(error.message).toContain('vectors.hnsw');
    expect(error.message).toContain('npm run ingest -- --rebuild');
    const logs: string[] = [];
    await appendFile(path.join(generation, 'manifest.json'), '}}');
    const index = await ensureIndex({
      corpusDir,
      indexDir,
      embedder: new HashingEmbedder(),
      onProgress: (e) => e.phase === 'notice' && logs.push(e.message),
    });
    expect(index.passages.length).toBeGreaterThan(0);
    expect(logs.join('\n')).toMatch(/manifest\.json.*Rebuilding/s);
  });
});

describe('crash safety', () => {
  it('leaves the previous index loadable when the ingest is SIGKILLed at any point', async () => {
    await runIngest({ corpusDir, indexDir, embedder: new HashingEmbedder() });
    const baseline = (await openIndex(indexDir, new HashingEmbedder())).passages.length;
    await copyReports(corpusDir, ['001_8423bfa31fba8c72.txt', '000_3ad2074d6c553691.txt']);
    let completed = false;
    for (const delayMs of [300, 700, 1000, 1300, 1600, 2000, 2500, 3500]) {
      completed = await runChildKilledAfter(delayMs);
      const index = await openIndex(indexDir, new HashingEmbedder());
      expect([baseline, index.manifest.passages]).toContain(index.passages.length);
      expect(index.passages.length).toBe(index.manifest.passages);
      const leftovers = (await readdir(indexDir)).filter((e) => e.startsWith('gen-'));
      expect(leftovers.length).toBeGreaterThanOrEqual(1);
      if (completed) break;
    }
    expect(JSON.parse(await readFile(path.join(indexDir, 'CURRENT'), 'utf8').then((g) => `"${g}"`))).toMatch(/^gen-/);
  }, 120_000);
});

function runChildKilledAfter(delayMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../test-support/ingest-child.ts'), corpusDir, indexDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(false);
      else if (code === 0) resolve(true);
      else reject(new Error(`ingest child failed (${code}): ${stderr}`));
    });
  });
}
