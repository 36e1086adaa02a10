/**
 * A scale corpus made from the bundled reports: `copies` versions of each report with its body
 * paragraphs reshuffled (deterministic seed), under new file names. The front matter stays on top so
 * every copy still parses as a report with a title and symbol. Text is real report prose, so
 * passages, sentences and BM25 statistics look like a larger corpus of the same kind.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom, shuffled } from '../vectors/seeded-random';

/** Blocks (blank-line separated) kept in place at the top of each copy: title, symbol, date, session. */
const FRONT_BLOCKS = 6;

export type SyntheticCorpus = { dir: string; files: number; bytes: number };

export async function writeSyntheticCorpus(options: { sourceDir: string; targetDir: string; copies: number; seed: number }): Promise<SyntheticCorpus> {
  const { sourceDir, targetDir, copies, seed } = options;
  await mkdir(targetDir, { recursive: true });
  const names = (await readdir(sourceDir)).filter((n) => n.endsWith('.txt')).sort();
  let files = 0;
  let bytes = 0;
  for (const [r, name] of names.entries()) {
    const blocks = (await readFile(path.join(sourceDir, name), 'utf8')).split(/\n[ \t]*\n/);
    const front = blocks.slice(0, FRONT_BLOCKS);
    const body = blocks.slice(FRONT_BLOCKS);
    for (let copy = 1; copy <= copies; copy++) {
      const random = seededRandom(seed * 1_000_003 + r * 10_007 + copy);
      const text = [...front, ...shuffled(body, random)].join('\n\n');
      const file = `scale-${String(copy).padStart(3, '0')}-${name}`;
      await writeFile(path.join(targetDir, file), text);
      files++;
      bytes += Buffer.byteLength(text);
    }
  }
  return { dir: targetDir, files, bytes };
}
