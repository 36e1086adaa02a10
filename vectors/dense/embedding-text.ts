import type { Passage } from '../../ingest/types';

/** What the sentence encoder sees for a passage: collapsed whitespace, innermost heading as context. */
export function embeddingText(passage: Passage): string {
  const heading = passage.sectionPath.at(-1);
  const body = passage.text.replace(/\s+/g, ' ').trim();
  return heading ? `${heading}. ${body}` : body;
}
