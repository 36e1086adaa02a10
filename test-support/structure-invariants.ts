import type { LoadedText, Passage } from '../ingest/types';
import type { ParsedDocument } from '../ingest/structure/types';

/**
 * Check the passage contract on one document and return every violation found (empty = all good):
 * - `text === loaded.text.slice(start, end)`, ids unique, metadata copied, page as `loaded.pages` says;
 * - no text lost: every visible character lies in a passage, in a heading whose text appears in some
 *   passage's sectionPath, or in a span the parser classified as page furniture.
 */
export function passageInvariantViolations(loaded: LoadedText, parsed: ParsedDocument, passages: Passage[]): string[] {
  const problems: string[] = [];
  const { text } = loaded;
  const ids = new Set<string>();
  for (const p of passages) {
    if (p.text !== text.slice(p.start, p.end)) problems.push(`passage ${p.id}: text differs from source slice ${p.start}-${p.end}`);
    if (ids.has(p.id)) problems.push(`duplicate id ${p.id}`);
    ids.add(p.id);
    if (!/^[0-9a-f]{16}$/.test(p.id)) problems.push(`bad id ${p.id}`);
    if (p.source !== loaded.source || p.title !== parsed.meta.title || p.symbol !== parsed.meta.symbol || p.date !== parsed.meta.date) {
      problems.push(`passage ${p.id}: metadata not copied from the parsed document`);
    }
    if (p.text.trim() !== p.text || p.text.length === 0) problems.push(`passage ${p.id}: not trimmed or empty`);
    if (loaded.pages === null && p.page !== null) problems.push(`passage ${p.id}: page set without pages`);
  }
  for (let i = 1; i < passages.length; i += 1) {
    if (passages[i].start < passages[i - 1].start) problems.push(`passages out of order at ${i}`);
  }

  const covered = new Uint8Array(text.length);
  const mark = (start: number, end: number) => covered.fill(1, start, end);
  passages.forEach((p) => mark(p.start, p.end));
  const inPaths = new Set(passages.flatMap((p) => p.sectionPath));
  for (const s of parsed.sectionList) {
    if (inPaths.has(s.heading)) mark(s.start, s.end);
    else problems.push(`heading "${s.heading}" appears in no passage's sectionPath`);
  }
  parsed.furniture.forEach((f) => mark(f.start, f.end));

  let line = 1;
  const reported = new Set<number>();
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    else if (!/\s/.test(ch) && covered[i] === 0 && !reported.has(line)) {
      reported.add(line);
      problems.push(`line ${line}: text not covered by any passage/heading (${JSON.stringify(text.slice(i, i + 40))})`);
    }
  }
  return problems;
}
