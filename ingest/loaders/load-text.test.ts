import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test-support/loaders-temp-dir';
import { LoadError } from './errors';
import { loadFile } from './load-file';

const corpusDir = path.resolve(import.meta.dirname, '../../data/reports');
const tmp = makeTempDir();
afterAll(() => tmp.remove());

describe('loading .txt and .md', () => {
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));

  it('finds the five corpus reports', () => {
    expect(corpus).toHaveLength(5);
  });

  it.each(corpus)('returns %s exactly as stored', async (name) => {
    const loaded = await loadFile(path.join(corpusDir, name), name);
    expect(loaded).toEqual({ source: name, format: 'txt', text: readFileSync(path.join(corpusDir, name), 'utf8'), pages: null });
  });

  it('drops a BOM but keeps CRLF, tabs and trailing spaces untouched', async () => {
    const body = 'Title\r\n\r\n1. First\tparagraph.  \r\n';
    const file = tmp.write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
    const loaded = await loadFile(file, 'bom.txt');
    expect(loaded.text).toBe(body);
    expect(loaded.text.slice(loaded.text.indexOf('1.'), loaded.text.indexOf('1.') + 8)).toBe('1. First');
  });

  it('loads markdown as is, with format md', async () => {
    const body = '# Report\n\n- a *point*\n';
    const loaded = await loadFile(tmp.write('notes.MD', body), 'notes.MD');
    expect(loaded).toMatchObject({ format: 'md', text: body, pages: null });
  });

  it('refuses text that is not UTF-8 instead of inserting replacement characters', async () => {
    const file = tmp.write('latin1.txt', Buffer.from('Caf\xe9 report', 'latin1'));
    const error = await loadFile(file, 'latin1.txt').catch((e: unknown) => e);
    expect(LoadError.isInstance(error) && error.code).toBe('INVALID_ENCODING');
    expect((error as Error).message).toContain('latin1.txt');
  });

  it('rejects empty and whitespace-only files with distinct codes', async () => {
    await expect(loadFile(tmp.write('empty.txt', ''), 'empty.txt')).rejects.toMatchObject({ code: 'EMPTY_FILE', source: 'empty.txt' });
    await expect(loadFile(tmp.write('blank.md', ' \n\t\n'), 'blank.md')).rejects.toMatchObject({ code: 'NO_TEXT' });
  });
});
