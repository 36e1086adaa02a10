import type { LoadedText, Passage } from '../types';
import type { ContentBlock, ParsedDocument, Span } from '../structure/types';
import { IngestStructureError } from '../structure/errors';
import { chunkSpan } from './chunk-spans';
import { pageAt } from './page-at';
import { passageId } from './passage-id';

export type PassageOptions = {
  /** Longest passage before it is split on sentence boundaries (default 1500). */
  maxChars?: number;
  /** Sentences repeated at the start of the next piece of a split passage (default 1). */
  overlapSentences?: number;
};

export const DEFAULT_MAX_CHARS = 1500;
export const DEFAULT_OVERLAP_SENTENCES = 1;
/** Notes cited from one place share a passage only while together this short ("See <url>." lines); longer notes stand alone. */
const NOTE_PACK_CHARS = 300;

type Group = {
  start: number;
  end: number;
  sectionPath: string[];
  paragraph: string | null;
  /** What may merge with the next unit: unnumbered text of one section, or notes cited from one place. */
  mergeKey: string | null;
  /** Text a page break printed inside one of the unit's sentences (footnotes): never a place to split. */
  interruptions: Span[];
};

function checkOptions(options: PassageOptions): { maxChars: number; overlap: number } {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const overlap = options.overlapSentences ?? DEFAULT_OVERLAP_SENTENCES;
  if (!Number.isInteger(maxChars) || maxChars < 100) {
    throw new IngestStructureError('INGEST_INVALID_PASSAGE_OPTIONS', `maxChars must be an integer ≥ 100 (got ${maxChars}).`);
  }
  if (!Number.isInteger(overlap) || overlap < 0 || overlap > 5) {
    throw new IngestStructureError('INGEST_INVALID_PASSAGE_OPTIONS', `overlapSentences must be an integer 0–5 (got ${overlap}).`);
  }
  return { maxChars, overlap };
}

function mergeKey(head: ContentBlock, blocks: ContentBlock[]): string | null {
  if (head.kind === 'footnote') {
    const by = head.footnote?.citedBy;
    if (by?.kind === 'block') return `note:block:${blocks[by.block].unit}`;
    if (by?.kind === 'heading') return `note:heading:${by.section}`;
    return `note:none:${head.sectionPath.join('\u0000')}`;
  }
  if (head.kind === 'front-matter' || head.paragraph !== null) return null;
  return `text:${head.sectionPath.join('\u0000')}`;
}

/** Citation units in source order: a paragraph with its items and continuations, a note, the front matter. */
function unitGroups(parsed: ParsedDocument): Group[] {
  const members = new Map<number, ContentBlock[]>();
  for (const b of parsed.blocks) members.set(b.unit, [...(members.get(b.unit) ?? []), b]);
  return [...members.entries()]
    .map(([head, list]) => {
      const h = parsed.blocks[head];
      return {
        start: Math.min(...list.map((b) => b.start)),
        end: Math.max(...list.map((b) => b.end)),
        sectionPath: h.sectionPath,
        paragraph: h.paragraph,
        mergeKey: mergeKey(h, parsed.blocks),
        interruptions: list.flatMap((b) => b.spans.slice(1).map((piece, k) => ({ start: b.spans[k].end, end: piece.start }))),
      };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * Cut a parsed document into passages, the unit we retrieve and cite. A numbered paragraph (with its
 * list items and page-split continuation) is one passage; consecutive unnumbered paragraphs of one
 * section are packed up to `maxChars`, short notes cited from one place up to 300 characters; anything longer is
 * split on sentence boundaries with `overlapSentences` of overlap. Footnotes are passages of their own,
 * filed under the section and paragraph number of the paragraph that cites them. Headings are not
 * passages: their text is in `sectionPath`. Invariant: `text === loaded.text.slice(start, end)`.
 *
 * @example
 * const passages = buildPassages(loaded, parseDocument(loaded));
 * passages.find((p) => p.paragraph === '16')?.sectionPath; // ["III. …", "Point 1: …"]
 */
export function buildPassages(loaded: LoadedText, parsed: ParsedDocument, options: PassageOptions = {}): Passage[] {
  const { maxChars, overlap } = checkOptions(options);
  const { text } = loaded;
  if (parsed.source !== loaded.source || parsed.blocks.some((b) => b.end > text.length)) {
    throw new IngestStructureError(
      'INGEST_PARSE_MISMATCH',
      `The parsed document (${parsed.source}) does not belong to this text (${loaded.source}).`,
      loaded.source,
    );
  }
  const groups: Group[] = [];
  for (const unit of unitGroups(parsed)) {
    const prev = groups[groups.length - 1];
    const mergeable =
      prev !== undefined &&
      unit.mergeKey !== null &&
      prev.mergeKey === unit.mergeKey &&
      unit.start >= prev.end &&
      text.slice(prev.end, unit.start).trim() === '' &&
      unit.end - prev.start <= (unit.mergeKey.startsWith('note:') ? Math.min(maxChars, NOTE_PACK_CHARS) : maxChars);
    if (mergeable) {
      prev.end = unit.end;
      prev.interruptions.push(...unit.interruptions);
    } else groups.push({ ...unit, interruptions: [...unit.interruptions] });
  }

  const { meta } = parsed;
  // A split paragraph that encloses a footnote can yield a piece that is exactly that note: keep the note's own passage.
  const bySpan = new Map<string, Passage & { note: boolean }>();
  for (const g of groups) {
    const note = g.mergeKey?.startsWith('note:') ?? false;
    for (const { start, end } of chunkSpan(text, g, maxChars, overlap, g.interruptions)) {
      const key = `${start}:${end}`;
      const existing = bySpan.get(key);
      if (existing && (existing.note || !note)) continue;
      const passageText = text.slice(start, end);
      bySpan.set(key, {
        id: passageId(loaded.source, start, end, passageText),
        source: loaded.source,
        title: meta.title,
        symbol: meta.symbol,
        date: meta.date,
        sectionPath: [...g.sectionPath],
        paragraph: g.paragraph,
        page: pageAt(loaded.pages, start),
        start,
        end,
        text: passageText,
        note,
      });
    }
  }
  const passages: Passage[] = [...bySpan.values()].map(({ note: _note, ...p }) => p);
  // A split paragraph can enclose a footnote printed inside it; keep passages in source order.
  return passages.sort((a, b) => a.start - b.start || a.end - b.end);
}
