import type { WorkBlock } from './work-block';

const CITATION = /\((?:[\p{Lu}][\p{L} .'’-]*,\s*)?(?:19|20)\d{2}\)/gu;
const SEE = /^(?:see\b|for (?:more|further|other|additional)\b|a summary\b|available (?:at|from)\b|source:)/i;

function unitsOf(work: WorkBlock[]): Map<number, number[]> {
  const units = new Map<number, number[]>();
  work.forEach((b, i) => units.set(b.unit, [...(units.get(b.unit) ?? []), i]));
  return units;
}

function toFootnote(block: WorkBlock): void {
  block.kind = 'footnote';
  block.paragraph = null;
  block.footnote = { number: null, inferred: true, citedBy: null };
}

function isLoneProse(work: WorkBlock[], units: Map<number, number[]>, i: number): boolean {
  const b = work[i];
  return b.kind === 'paragraph' && b.paragraph === null && b.spans.length === 1 && units.get(i)?.length === 1;
}

/**
 * Notes printed without their number, recognised by where they sit:
 * - unnumbered prose between paragraphs N and N+1 of one section (the numbering leaves no room for it);
 * - a reference-like block ("For other studies, see …(Geneva, 2006)") right after a footnote, before a heading or another note.
 */
export function inferUnmarkedFootnotes(work: WorkBlock[], text: string): void {
  const units = unitsOf(work);
  const heads = [...units.keys()].filter((h) => work[h].kind !== 'footnote' && work[h].kind !== 'front-matter');
  heads.forEach((h, n) => {
    if (!isLoneProse(work, units, h)) return;
    const prev = heads[n - 1];
    const next = heads[n + 1];
    if (prev === undefined || next === undefined) return;
    const p = work[prev];
    const q = work[next];
    const consecutive = p.paragraph !== null && q.paragraph !== null && Number(q.paragraph) === Number(p.paragraph) + 1;
    const sameSection = p.sectionId === work[h].sectionId && q.sectionId === work[h].sectionId;
    if (consecutive && sameSection && units.get(prev)?.length === 1 && q.unit === next) toFootnote(work[h]);
  });
  work.forEach((b, i) => {
    if (i === 0 || work[i - 1].kind !== 'footnote' || !isLoneProse(work, units, i)) return;
    if (!['heading', 'footnote', 'end'].includes(b.nextRole)) return;
    const body = text.slice(b.spans[0].start, b.spans[0].end);
    const citations = body.match(CITATION)?.length ?? 0;
    if (citations >= 2 || (citations >= 1 && SEE.test(body))) toFootnote(b);
  });
}
