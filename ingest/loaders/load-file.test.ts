import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutBlocks, makePdf } from '../../test-support/loaders-make-pdf';
import { makeTempDir } from '../../test-support/loaders-temp-dir';
import { LOAD_ERROR_CODES, LoadError, UnsupportedFormatError } from './errors';
import { SUPPORTED_EXTENSIONS, isSupportedFile, loadFile } from './index';

const tmp = makeTempDir();
afterAll(() => tmp.remove());

describe('isSupportedFile', () => {
  it('accepts the supported extensions in any case', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(['.docx', '.htm', '.html', '.md', '.pdf', '.txt']);
    for (const name of ['a.txt', 'b.MD', 'dir/c.Pdf', 'd.docx', 'e.html', 'f.HTM']) expect(isSupportedFile(name)).toBe(true);
  });

  it('refuses other formats, hidden files and Office lock files', () => {
    for (const name of ['a.doc', 'b.rtf', 'c', 'txt', '.hidden.txt', 'dir/~$report.docx', 'e.pdf.bak']) {
      expect(isSupportedFile(name)).toBe(false);
    }
  });
});

describe('loadFile', () => {
  it('dispatches on the extension, whatever its case', async () => {
    const file = tmp.write('REPORT.HTM', '<p>Hello</p>');
    expect(await loadFile(file, 'REPORT.HTM')).toEqual({ source: 'REPORT.HTM', format: 'html', text: 'Hello', pages: null });
  });

  it('raises UnsupportedFormatError, a LoadError with its own name and code', async () => {
    const error = await loadFile(tmp.write('old.doc', 'x'), 'old.doc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFormatError);
    expect(LoadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ name: 'UnsupportedFormatError', code: 'UNSUPPORTED_FORMAT', source: 'old.doc', extension: '.doc' });
    expect((error as Error).message).toMatch(/"old\.doc".*\.doc.*\.pdf/);
  });

  it('wraps a missing file or a directory in LoadError with the cause', async () => {
    const missing = await loadFile(path.join(tmp.dir, 'missing.txt'), 'missing.txt').catch((e: unknown) => e);
    expect(missing).toMatchObject({ name: 'LoadError', code: 'LOAD_FAILED', source: 'missing.txt' });
    expect((missing as Error).cause).toMatchObject({ code: 'ENOENT' });
    mkdirSync(path.join(tmp.dir, 'folder.pdf'));
    await expect(loadFile(path.join(tmp.dir, 'folder.pdf'), 'folder.pdf')).rejects.toMatchObject({ code: 'LOAD_FAILED' });
  });

  it('gives up on a slow PDF with LOAD_TIMEOUT instead of hanging', async () => {
    const page = layoutBlocks([{ kind: 'paragraph', lines: Array.from({ length: 40 }, (_, i) => `Line ${i} of a long page.`) }]);
    const file = tmp.write('slow.pdf', makePdf(Array.from({ length: 150 }, () => page)));
    await expect(loadFile(file, 'slow.pdf', { timeoutMs: 1 })).rejects.toMatchObject({ code: 'LOAD_TIMEOUT', source: 'slow.pdf' });
  });

  it('documents every error code in the folder README', () => {
    const readme = readFileSync(path.join(import.meta.dirname, 'README.md'), 'utf8');
    for (const code of LOAD_ERROR_CODES) expect(readme).toContain(`\`${code}\``);
  });
});
