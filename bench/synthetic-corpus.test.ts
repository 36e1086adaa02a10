import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from './synthetic-corpus';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function scratch() {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-synthetic-'));
  dirs.push(dir);
  return dir;
}

describe('writeSyntheticCorpus', () => {
  it('writes reshuffled copies that keep the front matter and every body paragraph, the same for the same seed', async () => {
    const source = await scratch();
    const front = Array.from({ length: 6 }, (_, i) => `Front ${i}`);
    const body = Array.from({ length: 30 }, (_, i) => `${i + 1}. Paragraph number ${i + 1}.`);
    await writeFile(path.join(source, 'report.txt'), [...front, ...body].join('\n\n'));
    await mkdir(path.join(source, 'ignored'));

    const a = await scratch();
    const b = await scratch();
    const written = await writeSyntheticCorpus({ sourceDir: source, targetDir: a, copies: 3, seed: 7 });
    await writeSyntheticCorpus({ sourceDir: source, targetDir: b, copies: 3, seed: 7 });
    expect(written.files).toBe(3);
    expect(await readdir(a)).toEqual(['scale-001-report.txt', 'scale-002-report.txt', 'scale-003-report.txt']);

    const copies = await Promise.all((await readdir(a)).map((f) => readFile(path.join(a, f), 'utf8')));
    for (const [i, text] of copies.entries()) {
      const blocks = text.split('\n\n');
      expect(blocks.slice(0, 6)).toEqual(front);
      expect([...blocks.slice(6)].sort()).toEqual([...body].sort());
      expect(text).toBe(await readFile(path.join(b, `scale-00${i + 1}-report.txt`), 'utf8'));
    }
    expect(new Set(copies).size).toBe(3);
    expect(copies[0]).not.toBe([...front, ...body].join('\n\n'));
  });
});
