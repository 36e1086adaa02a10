import type { Passage } from '../../ingest/types';

type RefFields = Pick<Passage, 'symbol' | 'title' | 'sectionPath' | 'paragraph' | 'page'>;

/**
 * The human-readable citation: document (symbol, else title) — section path joined with " › " —
 * "¶ n" (and ", p. N" when the page is known). Empty parts are left out.
 *
 * @example
 * formatRef(passage) // "MC/INF/302 — III. IOM's work in implementing the 12-point Strategy › Point 1 — ¶ 16"
 */
export function formatRef(passage: RefFields): string {
  const parts: string[] = [];
  const documentName = passage.symbol?.trim() || passage.title.trim();
  if (documentName) parts.push(documentName);
  const sections = passage.sectionPath.map((s) => s.trim()).filter(Boolean);
  if (sections.length > 0) parts.push(sections.join(' › '));
  const location: string[] = [];
  if (passage.paragraph?.trim()) location.push(`¶ ${passage.paragraph.trim()}`);
  if (passage.page !== null) location.push(`p. ${passage.page}`);
  if (location.length > 0) parts.push(location.join(', '));
  return parts.join(' — ');
}
