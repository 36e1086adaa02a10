import { afterAll, describe, expect, it, vi } from 'vitest';
import { layoutBlocks, makePdf, type PdfDraw } from '../../test-support/loaders-make-pdf';
import { makeTempDir } from '../../test-support/loaders-temp-dir';
import { LoadError } from './errors';
import { loadFile } from './load-file';

const tmp = makeTempDir();
afterAll(() => tmp.remove());

const page1 = layoutBlocks([
  { kind: 'heading', lines: ['I. IOM AND MIGRATION (2010)'] },
  { kind: 'paragraph', lines: ['1. The first numbered paragraph opens the report', 'and runs on to a second line.'] },
  { kind: 'paragraph', lines: ['2. The second paragraph starts after a gap.'] },
]);
const page2 = layoutBlocks([
  { kind: 'paragraph', lines: ['3. Page two carries the third paragraph', 'across two lines.'] },
  { kind: 'heading', lines: ['II. ANNEX'] },
]);
const page3 = layoutBlocks([{ kind: 'paragraph', lines: ['4. The last page.'] }]);

async function loadPdfBytes(name: string, bytes: Uint8Array) {
  return loadFile(tmp.write(name, bytes), name);
}

describe('loading .pdf', () => {
  it('rebuilds lines, paragraphs and pages, with page spans that slice the text', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const loaded = await loadPdfBytes('report.pdf', makePdf([page1, page2, page3]));
    expect(fetchSpy).not.toHaveBeenCalled(); // fonts come from the package folder, not the network
    fetchSpy.mockRestore();
    expect(loaded.format).toBe('pdf');
    expect(loaded.text).toBe(
      [
        'I. IOM AND MIGRATION (2010)',
        '',
        '1. The first numbered paragraph opens the report\nand runs on to a second line.',
        '',
        '2. The second paragraph starts after a gap.',
        '',
        '3. Page two carries the third paragraph\nacross two lines.',
        '',
        'II. ANNEX',
        '',
        '4. The last page.',
      ].join('\n'),
    );
    expect(loaded.pages).toHaveLength(3);
    expect(loaded.pages!.map((p) => p.page)).toEqual([1, 2, 3]);
    const [first, second, third] = loaded.pages!.map((p) => loaded.text.slice(p.start, p.end));
    expect(first.startsWith('I. IOM')).toBe(true);
    expect(first.endsWith('gap.')).toBe(true);
    expect(second).toBe('3. Page two carries the third paragraph\nacross two lines.\n\nII. ANNEX');
    expect(third).toBe('4. The last page.');
    const offset = loaded.text.indexOf('3. Page two');
    const pageOf = loaded.pages!.find((p) => p.start <= offset && offset < p.end);
    expect(pageOf?.page).toBe(2);
  });

  it('orders text by position, not by drawing order, and spaces pieces of one line apart', async () => {
    const draws: PdfDraw[] = [
      { x: 72, y: 700, size: 11, text: 'second line' },
      { x: 200, y: 714, size: 11, text: 'right part' },
      { x: 72, y: 714, size: 11, text: 'Left part' },
      { x: 130, y: 718, size: 7, text: '1' }, // a superscript note marker on the first line
    ];
    const loaded = await loadPdfBytes('order.pdf', makePdf([draws]));
    expect(loaded.text).toBe('Left part 1 right part\nsecond line');
  });

  it('gives an empty span to a page without text', async () => {
    const loaded = await loadPdfBytes('blank-page.pdf', makePdf([page3, [], page3]));
    expect(loaded.pages![1].start).toBe(loaded.pages![1].end);
    expect(loaded.text.slice(loaded.pages![2].start, loaded.pages![2].end)).toBe('4. The last page.');
  });

  it('rejects a PDF without any text layer', async () => {
    await expect(loadPdfBytes('scan.pdf', makePdf([[]]))).rejects.toMatchObject({ code: 'NO_TEXT', source: 'scan.pdf' });
  });

  it.each([
    ['not-a-pdf.pdf', Buffer.from('Just some words, not a PDF at all.\n')],
    ['truncated.pdf', makePdf([page1, page2]).subarray(0, 400)],
    ['garbled.pdf', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Cat \x00\x01\x02 garbage\nxref\n0 x\ntrailer\n<< >>\n%%EOF\n', 'latin1')],
  ])('raises LoadError naming %s for a corrupt file', async (name, bytes) => {
    const error = await loadPdfBytes(name, bytes).catch((e: unknown) => e);
    expect(LoadError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'LOAD_FAILED', source: name, name: 'LoadError' });
    expect((error as Error).message).toContain(name);
  });

  it('raises EMPTY_FILE for a zero-byte .pdf', async () => {
    await expect(loadPdfBytes('zero.pdf', new Uint8Array())).rejects.toMatchObject({ code: 'EMPTY_FILE' });
  });
});
