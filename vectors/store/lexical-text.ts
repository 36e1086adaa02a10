import type { Passage } from '../../ingest/types';

/** What BM25 indexes for a passage: its text plus its innermost heading, a cheap passage-level topic signal. */
export function lexicalText(passage: Passage): string {
  const heading = passage.sectionPath.at(-1) ?? '';
  return `${heading}\n${passage.text}`;
}
