import type { FootnoteCiter, SectionNode } from './types';
import { plainDigitMarkers, superscriptMarkers, type MarkerHit } from './markers';
import type { WorkBlock } from './work-block';

/** A note marker in the text; `plain` for an OCR'd superscript ("website.1"), used only when no superscript matches. */
type Occurrence = { number: number; start: number; end: number; owner: FootnoteCiter; plain: boolean; claimed: boolean };

function markersIn(text: string, offset: number): { hit: MarkerHit; plain: boolean }[] {
  return [
    ...superscriptMarkers(text, offset).map((hit) => ({ hit, plain: false })),
    ...plainDigitMarkers(text, offset).map((hit) => ({ hit, plain: true })),
  ];
}

function occurrences(work: WorkBlock[], sections: SectionNode[], text: string): Occurrence[] {
  const found: Occurrence[] = [];
  work.forEach((b, block) => {
    if (b.kind === 'footnote' || b.kind === 'front-matter') return;
    for (const s of b.spans) {
      for (const { hit, plain } of markersIn(text.slice(s.start, s.end), s.start)) {
        found.push({ ...hit, plain, owner: { kind: 'block', block, marker: { start: hit.start, end: hit.end } }, claimed: false });
      }
    }
  });
  for (const node of sections) {
    for (const { hit, plain } of markersIn(text.slice(node.start, node.end), node.start)) {
      found.push({ ...hit, plain, owner: { kind: 'heading', section: node.id, marker: { start: hit.start, end: hit.end } }, claimed: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function nearest(all: Occurrence[], number: number, start: number, end: number, plain: boolean): Occurrence | null {
  let before: Occurrence | null = null;
  let after: Occurrence | null = null;
  for (const o of all) {
    if (o.claimed || o.number !== number || o.plain !== plain) continue;
    if (o.start < start) before = o;
    else if (o.start >= end && !after) after = o;
  }
  return before ?? after;
}

function claim(all: Occurrence[], number: number, start: number, end: number): Occurrence | null {
  const chosen = nearest(all, number, start, end, false) ?? nearest(all, number, start, end, true);
  if (chosen) chosen.claimed = true;
  return chosen;
}

/**
 * Link every footnote to the superscript that cites it: the nearest unclaimed marker with the same
 * number before the note (numbering may restart, e.g. in an annex), else the nearest after it.
 * An unmarked note takes the number after the previous note's and keeps it only if a marker confirms it.
 * Returns, per block index, the note numbers its text cites.
 */
export function linkFootnotes(work: WorkBlock[], sections: SectionNode[], text: string): Map<number, string[]> {
  const all = occurrences(work, sections, text);
  let previous = 0;
  for (const b of work) {
    if (!b.footnote) continue;
    const { start } = b.spans[0];
    const end = b.spans[b.spans.length - 1].end;
    const number = b.footnote.inferred ? previous + 1 : b.footnote.number;
    if (number === null) continue;
    const hit = claim(all, number, start, end);
    if (hit) {
      b.footnote.citedBy = hit.owner;
      b.footnote.number = number;
    }
    previous = number;
  }
  const cites = new Map<number, string[]>();
  for (const o of all) {
    if (o.owner.kind !== 'block' || (o.plain && !o.claimed)) continue;
    const list = cites.get(o.owner.block) ?? [];
    if (!list.includes(String(o.number))) list.push(String(o.number));
    cites.set(o.owner.block, list);
  }
  return cites;
}
