/** The shapes that flow one way through ingest: file → LoadedText → ParsedDocument → Passage[]. */

export type SourceFormat = 'txt' | 'md' | 'pdf' | 'docx' | 'html';

/** A PDF page's character range inside LoadedText.text (page numbers are 1-based). */
export type PageSpan = { page: number; start: number; end: number };

/**
 * Plain text of one corpus file. `text` is "the source text": every passage offset
 * (`start`/`end`) and every citation quote offset refers to it.
 * For .txt/.md it is the file content as is; for other formats it is the extracted text.
 */
export type LoadedText = {
  /** File name relative to the corpus root, with forward slashes. */
  source: string;
  format: SourceFormat;
  text: string;
  /** Page ranges for paginated formats (PDF), null otherwise. */
  pages: PageSpan[] | null;
};

export type DocumentMeta = {
  source: string;
  title: string;
  /** Document symbol such as `MC/INF/302` or `IC/2007/7`. */
  symbol: string | null;
  date: string | null;
  session: string | null;
};

/** The unit we retrieve and cite (see DESIGN.md). Invariant: text === sourceText.slice(start, end). */
export type Passage = {
  id: string;
  source: string;
  title: string;
  symbol: string | null;
  date: string | null;
  sectionPath: string[];
  paragraph: string | null;
  page: number | null;
  start: number;
  end: number;
  text: string;
};
