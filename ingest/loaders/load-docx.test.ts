import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../test-support/loaders-make-docx';
import { makeZip } from '../../test-support/loaders-make-zip';
import { makeTempDir } from '../../test-support/loaders-temp-dir';
import { LoadError } from './errors';
import { loadFile } from './load-file';

const tmp = makeTempDir();
afterAll(() => tmp.remove());

const load = (name: string, bytes: Uint8Array) => loadFile(tmp.write(name, bytes), name);

describe('loading .docx', () => {
  it('keeps paragraphs apart, soft line breaks, list items on their own lines, table cells and footnotes', async () => {
    const docx = makeDocx([
      { kind: 'heading', text: 'II. IOM & partners <2008>' },
      { kind: 'paragraph', lines: ['16. IOM’s services in support of', 'governments continued.'], footnote: 'See also MC/INF/302.' },
      { kind: 'bullet', text: 'return assistance;' },
      { kind: 'bullet', text: 'labour migration.' },
      { kind: 'paragraph', lines: ['17. After the list.'] },
      { kind: 'table', rows: [['Region', 'Projects'], ['Africa', '120']] },
    ]);
    const loaded = await load('report.docx', docx);
    expect(loaded).toMatchObject({ source: 'report.docx', format: 'docx', pages: null });
    expect(loaded.text).toBe(
      [
        'II. IOM & partners <2008>',
        '16. IOM’s services in support of\ngovernments continued.¹',
        '¹ See also MC/INF/302.',
        '- return assistance;\n- labour migration.',
        '17. After the list.',
        'Region',
        'Projects',
        'Africa',
        '120',
      ].join('\n\n'),
    );
  });

  it('rejects a document without text', async () => {
    await expect(load('blank.docx', makeDocx([{ kind: 'paragraph', lines: ['  '] }]))).rejects.toMatchObject({ code: 'NO_TEXT' });
  });

  const valid = makeDocx([{ kind: 'paragraph', lines: ['Some text.'] }]);
  it.each([
    ['not-a-zip.docx', Buffer.from('This is plain text renamed to .docx')],
    ['truncated.docx', valid.subarray(0, Math.floor(valid.length / 2))],
    ['no-document.docx', makeZip([{ name: 'hello.txt', data: 'a zip, but not a Word file' }])],
    ['bad-xml.docx', makeZip([{ name: 'word/document.xml', data: '<w:document><w:body><w:p>' }])],
  ])('raises LoadError naming %s for a corrupt file', async (name, bytes) => {
    const error = await load(name, bytes).catch((e: unknown) => e);
    expect(LoadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'LOAD_FAILED', source: name });
    expect((error as Error).message).toContain(`"${name}"`);
  });

  it('raises EMPTY_FILE for a zero-byte .docx', async () => {
    await expect(load('zero.docx', new Uint8Array())).rejects.toMatchObject({ code: 'EMPTY_FILE' });
  });
});
