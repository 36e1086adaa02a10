import type { Passage } from '../../ingest/types';
import type { UnitSpan } from '../dense/dense-units';

/** What BM25 indexes for a passage: its text plus its innermost heading, a cheap passage-level topic signal. */
export function lexicalText(passage: Passage): string {
  const heading = passage.sectionPath.at(-1) ?? '';
  return `${heading}\n${passage.text}`;
}

/** What the sentence-level BM25 indexes for a unit: the sentence under its heading. */
export function unitLexicalText(passage: Passage, unit: UnitSpan): string {
  const heading = passage.sectionPath.at(-1) ?? '';
  return `${heading}\n${passage.text.slice(unit.start, unit.end)}`;
}
