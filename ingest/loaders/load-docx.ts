import mammoth from 'mammoth';
import type { LoadedText } from '../types';
import { docxToText, type DocxDocument } from './docx-to-text';
import { LoadError, describeCause } from './errors';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"

/** Word's document tree, read by mammoth (which also validates the zip and its parts). */
async function readDocument(bytes: Uint8Array, source: string): Promise<DocxDocument> {
  let document: DocxDocument | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // The tree is all we need: keep it, and hand mammoth an empty body so it renders no HTML.
        transformDocument: (tree: DocxDocument) => {
          document = tree;
          return { ...tree, children: [] };
        },
      },
    );
  } catch (cause) {
    throw new LoadError({ code: 'LOAD_FAILED', source, message: `corrupt or truncated .docx: ${describeCause(cause)}`, cause });
  }
  if (!document) throw new LoadError({ code: 'LOAD_FAILED', source, message: 'no document body found in the .docx' });
  return document;
}

/** A .docx file: its text, paragraph by paragraph (see docxToText). */
export async function loadDocx(bytes: Uint8Array, source: string): Promise<LoadedText> {
  if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new LoadError({ code: 'LOAD_FAILED', source, message: 'not a .docx file (it is not a zip archive)' });
  }
  const text = docxToText(await readDocument(bytes, source));
  if (text.trim() === '') throw new LoadError({ code: 'NO_TEXT', source, message: 'the document has no text' });
  return { source, format: 'docx', text, pages: null };
}
