/**
 * Every file of an index, damaged in several ways: opening it must fail with a clear error that names the
 * damaged file and says how to rebuild, and the server's boot path (ensureIndex) must rebuild from the
 * corpus and serve again. The files are listed from a real index generation, so a file added to the format
 * later is covered without touching this test. ingest/pipeline.test.ts covers vectors.hnsw and manifest.json
 * once; this file covers every file and kind of damage.
 */
import { cp, mkdir, readdir, readFile, rm, truncate, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIndex, runIngest } from '../../ingest/pipeline';
import { answerSchema } from '../../server/protocol';
import { isGrounded, startRealApp, STEADY_QUESTIONS } from '../../test-support/faults-app';
import { HashingEmbedder } from '../../test-support/hashing-embedder';
import { copyReports, tempDir } from '../../test-support/temp-corpus';
import { openIndex } from '../../vectors/open-index';
import { IndexCorruptError, IndexNotFoundError } from '../../vectors/store/errors';
import { liveGenerationDir } from '../../vectors/store/read-index';

const REPORTS = ['003_c8beaa6237c2b2c4.txt', '004_f5d453e5d967b2d5.txt'];
const REBUILD_HINT = 'npm run ingest -- --rebuild';
const embedder = () => new HashingEmbedder(256);

type Damage = { name: string; apply: (file: string) => Promise<void> };
const DAMAGE: Damage[] = [
  { name: 'truncated to half', apply: async (f) => truncate(f, Math.floor((await readFile(f)).length / 2)) },
  { name: 'emptied', apply: (f) => truncate(f, 0) },
  { name: 'deleted', apply: (f) => rm(f) },
  { name: 'garbage appended', apply: (f) => appendFile(f, '\u0000garbage}}') },
  {
    name: 'one byte flipped',
    apply: async (f) => {
      const bytes = await readFile(f);
      bytes[Math.floor(bytes.length / 2)] ^= 0x20;
      await writeFile(f, bytes);
    },
  },
];

let work: { dir: string; cleanup: () => Promise<void> };
let corpusDir: string;
let templateDir: string;
let files: string[];

beforeAll(async () => {
  work = await tempDir('faults-corrupt');
  corpusDir = path.join(work.dir, 'corpus');
  templateDir = path.join(work.dir, 'template');
  await mkdir(corpusDir);
  await copyReports(corpusDir, REPORTS);
  await runIngest({ corpusDir, indexDir: templateDir, embedder: embedder() });
  files = [...(await readdir((await liveGenerationDir(templateDir))!)), 'CURRENT'];
});
afterAll(() => work?.cleanup());

let copies = 0;
/** A fresh copy of the template index with `file` damaged; returns its directory and the damaged path. */
async function damagedIndex(file: string, damage: Damage) {
  const indexDir = path.join(work.dir, `copy-${copies++}`);
  await cp(templateDir, indexDir, { recursive: true });
  const target = file === 'CURRENT' ? path.join(indexDir, 'CURRENT') : path.join((await liveGenerationDir(indexDir))!, file);
  await damage.apply(target);
  return { indexDir, target };
}

describe('a damaged index', () => {
  it('has the files the format promises', () => {
    for (const f of ['manifest.json', 'documents.json', 'passages.json', 'units.json', 'embeddings.f32', 'bm25.json', 'vectors.hnsw', 'CURRENT']) expect(files).toContain(f);
  });

  // A byte flip in manifest.json can leave valid JSON (a digit of a count changes); the manifest holds the
  // other files' checksums but has none of its own, so only damage that breaks its JSON is detectable.
  const cases = () =>
    files.flatMap((file) => DAMAGE.filter((d) => !(file === 'manifest.json' && d.name === 'one byte flipped')).map((damage) => ({ file, damage })));

  it('refuses to open, naming the file and how to rebuild', async () => {
    const checked: string[] = [];
    for (const { file, damage } of cases()) {
      const { indexDir, target } = await damagedIndex(file, damage);
      const error = await openIndex(indexDir, embedder()).then(
        () => null,
        (e: unknown) => e,
      );
      const label = `${file} ${damage.name}`;
      if (file === 'CURRENT' && damage.name === 'deleted') {
        // No pointer at all is "no index yet", which says how to build one.
        expect(error, label).toBeInstanceOf(IndexNotFoundError);
        expect((error as Error).message, label).toMatch(/npm run ingest/);
      } else {
        expect(error, label).toBeInstanceOf(IndexCorruptError);
        expect((error as IndexCorruptError).file, label).toBe(target);
        expect((error as Error).message, label).toContain(target);
        expect((error as Error).message, label).toContain(REBUILD_HINT);
      }
      checked.push(label);
      await rm(indexDir, { recursive: true, force: true });
    }
    expect(checked.length).toBeGreaterThanOrEqual(files.length * 4);
  });

  it('is rebuilt by the server boot path, which then serves grounded answers', async () => {
    for (const file of files) {
      const { indexDir } = await damagedIndex(file, DAMAGE[0]);
      const logs: string[] = [];
      const index = await ensureIndex({ corpusDir, indexDir, embedder: embedder(), log: (m) => logs.push(m), onProgress: (e) => e.phase === 'notice' && logs.push(e.message) });
      expect(index.documents, file).toHaveLength(REPORTS.length);
      expect(logs.join('\n'), file).toContain(file);
      const server = await startRealApp(index);
      try {
        const res = await server.app.inject({ method: 'POST', url: '/api/ask', payload: { question: STEADY_QUESTIONS[0] } });
        const answer = answerSchema.parse(res.json());
        expect(answer.abstained, file).toBe(false);
        expect(isGrounded(index, answer), file).toBe(true);
      } finally {
        await server.app.close();
        await rm(indexDir, { recursive: true, force: true });
      }
    }
  });
});
