/** One piece of text drawn at (x, y) in PDF points, origin bottom-left, in Helvetica. */
export type PdfDraw = { x: number; y: number; size: number; text: string };

/** A run of lines laid out top-down: a heading (bold size) or a paragraph (body size). */
export type PdfBlock = { kind: 'heading' | 'paragraph'; lines: string[] };

const PAGE_HEIGHT = 842;
const LEFT = 72;

/**
 * Lays out blocks the way a report is typeset: body lines 14 pt apart, and an extra
 * 10 pt between blocks, so paragraph gaps are clearly larger than line spacing.
 */
export function layoutBlocks(blocks: PdfBlock[]): PdfDraw[] {
  const draws: PdfDraw[] = [];
  let y = PAGE_HEIGHT - 72;
  for (const block of blocks) {
    const size = block.kind === 'heading' ? 14 : 11;
    for (const text of block.lines) {
      draws.push({ x: LEFT, y, size, text });
      y -= size + 3;
    }
    y -= 10;
  }
  return draws;
}

const escapePdfString = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

function contentStream(draws: PdfDraw[]): string {
  return draws
    .map((d) => `BT /F1 ${d.size} Tf ${d.x} ${d.y} Td (${escapePdfString(d.text)}) Tj ET`)
    .join('\n');
}

/**
 * A small valid PDF (one page per entry of `pages`, text in the standard Helvetica font)
 * with a correct xref table, written by hand so tests need no binary fixtures.
 * Text must be ASCII (WinAnsi subset).
 */
export function makePdf(pages: PdfDraw[][]): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((draws, i) => {
    const pageId = pageIds[i];
    const stream = contentStream(draws);
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${PAGE_HEIGHT}] ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });

  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  const rows = offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`);
  body +=
    `xref\n0 ${objects.length}\n0000000000 65535 f \n${rows.join('')}` +
    `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
