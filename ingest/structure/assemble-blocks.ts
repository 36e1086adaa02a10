import type { BlockKind, Span } from './types';
import type { ClassifiedBlock, ListKind } from './classify-blocks';
import type { SectionTreeBuilder } from './section-tree';
import { endsMidSentence, endsWithColon, leadingDigitNote, startsLowerCase } from './markers';
import { lastSpanText, type WorkBlock } from './work-block';

/** The citation unit being filled: a paragraph with its list items and page-split continuations. */
type OpenUnit = {
  head: number;
  last: number;
  numbered: boolean;
  hasList: boolean;
  /** For a unit that starts with a list item: that item's marker family and indent (its siblings start new units). */
  listTop: { family: ListKind; indent: number } | null;
};

export type Assembly = { work: WorkBlock[]; furniture: Span[] };

function spanOf(b: ClassifiedBlock): Span {
  return { start: b.start, end: b.end };
}

/** Text a continuation test looks at: after a bare bullet, the words; otherwise the whole block. */
function bodyText(b: ClassifiedBlock): string {
  return b.marker.bullet && !b.marker.enumeration ? b.marker.rest : b.text;
}

function isRomanLetter(label: string): boolean {
  return /^\(?[ivx]\)?$/.test(label);
}

/**
 * Walks classified blocks in order, opening sections at headings and grouping content into units:
 * - a block that starts in lower case, or follows a paragraph cut mid-sentence, continues that paragraph
 *   (page break), even across footnotes and page furniture printed in between;
 * - a block printed inside such a cut sentence (before the lower-case continuation) is an unmarked footnote;
 * - list items belong to the paragraph above when it ends with ":" or already has items; items of a
 *   deeper family or indent belong to the item above;
 * - prose right after a numbered paragraph's list is that paragraph's closing text;
 * - everything under an ENDNOTES/Notes heading is a footnote.
 */
export function assembleBlocks(cls: ClassifiedBlock[], text: string, builder: SectionTreeBuilder): Assembly {
  const work: WorkBlock[] = [];
  const furniture: Span[] = [];
  let open: OpenUnit | null = null;
  let anchor: number | null = null;

  const add = (kind: BlockKind, b: ClassifiedBlock, k: number, fields: Partial<WorkBlock> = {}): number => {
    const index = work.length;
    work.push({
      kind,
      spans: [spanOf(b)],
      sectionId: builder.current?.id ?? null,
      paragraph: null,
      label: null,
      unit: index,
      listFamily: null,
      indent: b.indent,
      footnote: null,
      anchor,
      nextRole: cls[k + 1]?.role ?? 'end',
      ...fields,
    });
    return index;
  };

  const front = cls.map((b, k) => ({ b, k })).filter(({ b }) => b.role === 'front');
  for (const { b, k } of front) add('front-matter', b, k, { unit: work.length === 0 ? 0 : work[0].unit });

  const addFootnote = (b: ClassifiedBlock, k: number, inferred: boolean) =>
    add('footnote', b, k, {
      footnote: { number: inferred ? null : (b.number ?? leadingDigitNote(b.text)), inferred, citedBy: null },
    });

  const interrupterAhead = (k: number): boolean => {
    for (let j = k + 1; j < cls.length; j += 1) {
      const c = cls[j];
      if (c.role === 'footnote' || c.role === 'furniture') continue;
      const canContinue = c.role === 'prose' || c.role === 'text' || (c.role === 'list' && c.listKind === 'bullet');
      return canContinue && startsLowerCase(bodyText(c));
    }
    return false;
  };

  for (let k = 0; k < cls.length; k += 1) {
    const b = cls[k];
    if (b.role === 'front') continue;
    if (b.role === 'furniture') {
      furniture.push(spanOf(b));
      continue;
    }
    if (b.role === 'heading') {
      builder.open(b.heading!, b.text, spanOf(b));
      open = null;
      continue;
    }
    if (b.role === 'footnote' || builder.current?.style === 'notes') {
      addFootnote(b, k, false);
      continue;
    }

    if (open) {
      const last = work[open.last];
      const tail = lastSpanText(last, text);
      const cut = endsMidSentence(tail);
      const proseLike = b.role === 'prose' || b.role === 'text';
      if (proseLike && cut && !startsLowerCase(b.text) && interrupterAhead(k)) {
        addFootnote(b, k, true);
        continue;
      }
      const continues = proseLike
        ? startsLowerCase(b.text) || (cut && last.kind !== 'list-item')
        : b.role === 'list' && b.listKind === 'bullet' && cut && startsLowerCase(bodyText(b));
      if (continues) {
        last.spans.push(spanOf(b));
        continue;
      }
    }

    const current = open as OpenUnit | null;
    if (b.role === 'numbered' && current && continuesSubList(work[current.last], b, lastSpanText(work[current.last], text))) {
      const i = add('list-item', b, k, {
        paragraph: work[current.head].paragraph,
        unit: current.head,
        label: b.text.slice(0, b.marker.restOffset).trim(),
        listFamily: 'number',
      });
      open = { ...current, last: i, hasList: true };
    } else if (b.role === 'numbered') {
      const i = add('paragraph', b, k, { paragraph: String(b.number) });
      open = { head: i, last: i, numbered: true, hasList: false, listTop: null };
    } else if (b.role === 'list') {
      open = placeListItem(b, k, current);
    } else if (b.role === 'prose' && current?.numbered && current.hasList) {
      const i = add('paragraph', b, k, { paragraph: work[current.head].paragraph, unit: current.head });
      open = { ...current, last: i, hasList: false };
    } else {
      const i = add(b.role === 'text' ? 'text' : 'paragraph', b, k);
      open = { head: i, last: i, numbered: false, hasList: false, listTop: null };
    }
    if (b.role !== 'text') builder.markContent();
    anchor = open ? open.last : anchor;
  }
  return { work, furniture };

  function placeListItem(b: ClassifiedBlock, k: number, current: OpenUnit | null): OpenUnit {
    const family = listFamily(b, current ? work[current.last] : null);
    const label = b.label;
    if (current) {
      const last = work[current.last];
      const intro = last.kind !== 'list-item' && endsWithColon(lastSpanText(last, text));
      const top = current.listTop;
      const sibling = top !== null && family === top.family && b.indent <= top.indent;
      if ((intro || current.hasList || top) && !sibling) {
        const i = add('list-item', b, k, { paragraph: work[current.head].paragraph, unit: current.head, label, listFamily: family });
        return { ...current, last: i, hasList: true };
      }
    }
    const i = add('list-item', b, k, { label, listFamily: family });
    return { head: i, last: i, numbered: false, hasList: false, listTop: { family, indent: b.indent } };
  }
}

/**
 * A numbered line under a list item that introduces it ("- … with the following criteria:" then "- 1. …", "2. …")
 * is a sub-item of that list, not one of the document's numbered paragraphs.
 */
function continuesSubList(last: WorkBlock, b: ClassifiedBlock, lastText: string): boolean {
  if (last.kind !== 'list-item') return false;
  if (last.listFamily === 'number') return Number(/(\d+)/.exec(last.label ?? '')?.[1]) + 1 === b.number;
  return b.number === 1 && endsWithColon(lastText);
}

/** "(i)", "(v)", "(x)" are Roman numerals unless they continue a letter sequence ("(h)" → "(i)"). */
function listFamily(b: ClassifiedBlock, previous: WorkBlock | null): ListKind {
  const kind = b.listKind ?? 'bullet';
  const label = b.marker.enumeration?.label ?? '';
  if (kind !== 'paren-letter' || !isRomanLetter(label)) return kind;
  if (previous?.listFamily === 'paren-roman') return 'paren-roman';
  const prevLabel = previous?.listFamily === 'paren-letter' ? (previous.label ?? '').replace(/[^a-z]/g, '') : '';
  const continuesLetters = prevLabel.length === 1 && prevLabel.charCodeAt(0) + 1 === label.charCodeAt(0);
  return continuesLetters ? 'paren-letter' : 'paren-roman';
}
