import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadedText } from '../types';
import { LoadError, describeCause } from './errors';
import { assemblePages, groupIntoLines, type PdfLine, type PlacedText } from './pdf-layout';

export type LoadPdfOptions = { /** Give up (LOAD_TIMEOUT) after this long; default 120 s. */ timeoutMs?: number };

// pdf.js reads standard fonts and CMaps from these folders of its own package, never from the network.
const PDFJS_ROOT = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS_DIR = path.join(PDFJS_ROOT, 'standard_fonts') + path.sep;
const CMAPS_DIR = path.join(PDFJS_ROOT, 'cmaps') + path.sep;

/** Cheap checks before pdf.js, which would otherwise try hard to "repair" non-PDFs and cut-off files. */
function assertWholePdf(bytes: Uint8Array, source: string): void {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) {
    throw new LoadError({ code: 'LOAD_FAILED', source, message: 'not a PDF file (no %PDF- header)' });
  }
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  if (!tail.includes('%%EOF')) {
    throw new LoadError({ code: 'LOAD_FAILED', source, message: 'truncated PDF (no %%EOF marker at the end)' });
  }
}

function describePdfError(cause: unknown): string {
  const name = (cause as { name?: string } | null)?.name;
  if (name === 'PasswordException') return 'the PDF is password-protected';
  if (name === 'InvalidPDFException') return `corrupt PDF: ${describeCause(cause)}`;
  return `PDF could not be read: ${describeCause(cause)}`;
}

/**
 * A .pdf file's text layer, rebuilt into lines and paragraphs (see pdf-layout.ts), with each
 * page's character range in `pages`. Uses the pdf.js legacy build in-process: no worker file,
 * no network, no font loading into a DOM, no eval.
 */
export async function loadPdf(bytes: Uint8Array, source: string, options: LoadPdfOptions = {}): Promise<LoadedText> {
  assertWholePdf(bytes, source);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js may take ownership of the buffer it is given
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    standardFontDataUrl: STANDARD_FONTS_DIR,
    cMapUrl: CMAPS_DIR,
    cMapPacked: true,
    stopAtErrors: true, // a damaged content stream is an error, not silently missing text
    verbosity: VerbosityLevel.ERRORS,
  });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LoadError({ code: 'LOAD_TIMEOUT', source, message: `PDF text extraction took over ${timeoutMs} ms` })),
      timeoutMs,
    );
  });
  const extract = async (): Promise<PdfLine[][]> => {
    const document = await task.promise;
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: PlacedText[] = content.items.flatMap((item) =>
        'str' in item
          ? [{ str: item.str, x: item.transform[4], y: item.transform[5], size: Math.hypot(item.transform[2], item.transform[3]), width: item.width }]
          : [],
      );
      pages.push(groupIntoLines(items));
      page.cleanup();
    }
    return pages;
  };

  let pages: PdfLine[][];
  try {
    pages = await Promise.race([extract(), deadline]);
  } catch (cause) {
    if (LoadError.isInstance(cause)) throw cause;
    throw new LoadError({ code: 'LOAD_FAILED', source, message: describePdfError(cause), cause });
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }

  const { text, pages: spans } = assemblePages(pages);
  if (text.trim() === '') {
    throw new LoadError({ code: 'NO_TEXT', source, message: 'the PDF has no text layer (a scanned PDF needs OCR first)' });
  }
  return { source, format: 'pdf', text, pages: spans };
}
