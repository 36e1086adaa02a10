import { sentenceSpans } from '../../../ingest/passages/sentence-spans';
import type { Span } from '../../../ingest/structure/types';
import { wordCount } from './word-tokens';

/**
 * Sentences of text[from, to) inside one block. Blocks already carry the line structure (blank lines, list
 * marks, footnotes), so a line break inside one is wrapping; and any character but a lower-case letter
 * may open a sentence, OCR noise included ("|IOM").
 */
const blockSentences = (text: string, from: number, to: number) =>
  sentenceSpans(text, { from, to, lineBreaks: 'wrapping', starts: 'not-lower-case' });

/**
 * The readable units of a passage, with offsets into the passage text:
 * - `sentence`: a sentence of running text (a paragraph number such as "16. " is left out of it);
 * - `list-intro`: the sentence ending in ":" that introduces list items;
 * - `list-item`: a sentence inside a list item (a leading dash is left out of it);
 * - `heading`: a short line without final punctuation;
 * - `footnote`: a sentence of a footnote ("¹ See also …"), its mark left out; also those a page break carried
 *   into a paragraph, which the joined sentence around them skips in its answer text.
 * Text broken by a page break (a block that stops mid-sentence and resumes in lower case, possibly
 * after footnotes) is joined back into one sentence.
 */
export type SegmentKind = 'sentence' | 'list-intro' | 'list-item' | 'heading' | 'footnote';
export type Segment = Span & { kind: SegmentKind; block: number; list?: number; item?: number };
export type ListGroup = { id: number; intro: Segment | null; items: Span[] };
/** `holes`: footnote blocks a page break carried into a paragraph (mark included), inside the sentence around them. */
export type PassageSegments = { segments: Segment[]; lists: ListGroup[]; holes: Span[] };

type BlockKind = 'text' | 'item' | 'footnote';
type Block = { kind: BlockKind; start: number; contentStart: number; end: number; lettered: boolean };

/** A line that opens a footnote ("¹ See …"). */
export const FOOTNOTE_LINE = /^[ \t]*[⁰¹²³⁴⁵⁶⁷⁸⁹]+[ \t]/;
/** The dash (or bullet) that opens a list item, with the space after it. */
export const DASH_ITEM = /^[ \t]*[-•–*▪●◦][ \t]+/;
const LETTERED_ITEM = /^[ \t]*(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4})\))[ \t]+/;
const PARAGRAPH_NUMBER = /^[ \t]*(?:[-•–][ \t]+)?\d{1,3}\.[ \t]+(?=\S)/;
const ENDS_CLOSED = /[.!?:;…][)\]}"'”’»*⁰¹²³⁴⁵⁶⁷⁸⁹]*$/;

function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

function startBlock(text: string, line: Span): Block {
  const body = text.slice(line.start, line.end);
  if (FOOTNOTE_LINE.test(body)) return { kind: 'footnote', start: line.start, contentStart: line.start, end: line.end, lettered: false };
  const numbered = PARAGRAPH_NUMBER.exec(body);
  if (numbered) return { kind: 'text', start: line.start, contentStart: line.start + numbered[0].length, end: line.end, lettered: false };
  const dash = DASH_ITEM.exec(body);
  if (dash) {
    // "- (a) The Organization's …": the dash goes, the letter stays.
    return { kind: 'item', start: line.start, contentStart: line.start + dash[0].length, end: line.end, lettered: false };
  }
  const lettered = LETTERED_ITEM.exec(body);
  if (lettered) {
    const contentStart = line.start + lettered[0].length - lettered[0].trimStart().length;
    return { kind: 'item', start: line.start, contentStart, end: line.end, lettered: true };
  }
  const indent = body.length - body.trimStart().length;
  return { kind: 'text', start: line.start, contentStart: line.start + indent, end: line.end, lettered: false };
}

/** Blocks are separated by blank lines; a list marker or footnote mark also opens a new block. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  for (const line of lines(text)) {
    const body = text.slice(line.start, line.end);
    if (body.trim() === '') {
      current = null;
      continue;
    }
    const opened = startBlock(text, line);
    const opensNew = opened.kind !== 'text' || opened.contentStart - line.start !== body.length - body.trimStart().length;
    if (current && !opensNew) {
      current.end = line.end;
      continue;
    }
    current = opened;
    out.push(current);
  }
  return out;
}

function contentOf(text: string, block: Pick<Block, 'contentStart' | 'end'>): string {
  return text.slice(block.contentStart, block.end).trim();
}

/** Words that cannot end a sentence: a block ending in one was cut by a page break. */
const DANGLING = /\b(?:in|of|the|a|an|and|or|to|for|with|by|on|at|from|as|that|its|their|his|her|our|into|between|among|such|than|which|who|whose)$/i;

/**
 * Joins blocks split by a page break: a block without final punctuation continues in the next text
 * block (after any footnotes) when that one starts in lower case or the block ends on a dangling word.
 * The footnotes in between become holes: kept in the span, masked for sentence splitting.
 */
function joinBrokenBlocks(text: string, input: Block[]): { joined: Block[]; holes: Block[] } {
  const joined: Block[] = [];
  const holes: Block[] = [];
  for (let i = 0; i < input.length; i++) {
    const block = { ...input[i] };
    if (block.kind !== 'footnote') {
      for (;;) {
        const content = contentOf(text, block);
        if (ENDS_CLOSED.test(content)) break;
        let next = i + 1;
        while (next < input.length && input[next].kind === 'footnote') next++;
        const candidate = input[next];
        if (!candidate || candidate.kind !== 'text' || candidate.contentStart !== candidate.start) break;
        const resumes = contentOf(text, candidate);
        if (!/^\p{Ll}/u.test(resumes) && !(DANGLING.test(content) && /^[\p{L}\d]/u.test(resumes))) break;
        for (let f = i + 1; f < next; f++) holes.push(input[f]);
        block.end = candidate.end;
        i = next;
      }
    }
    joined.push(block);
  }
  return { joined, holes };
}

function masked(text: string, holes: Span[]): string {
  if (holes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const hole of holes) {
    out += text.slice(at, hole.start) + text.slice(hole.start, hole.end).replace(/[^\n]/g, ' ');
    at = hole.end;
  }
  return out + text.slice(at);
}

/** Splits a passage text into sentences, list items and the rest; see SegmentKind. */
export function segmentPassage(text: string): PassageSegments {
  const segments: Segment[] = [];
  const lists: ListGroup[] = [];
  const { joined: all, holes } = joinBrokenBlocks(text, blocks(text));
  const plain = masked(text, holes);
  let openList: ListGroup | null = null;

  // A footnote's sentences, without the mark: quotable on their own, never joined to the text around them.
  const footnote = (block: Block, b: number) => {
    const mark = FOOTNOTE_LINE.exec(text.slice(block.start, block.end));
    for (const span of blockSentences(text, block.start + (mark?.[0].length ?? 0), block.end)) segments.push({ ...span, kind: 'footnote', block: b });
  };

  all.forEach((block, b) => {
    const content = contentOf(plain, block);
    if (content === '') return;
    if (block.kind === 'footnote') {
      footnote(block, b);
      return;
    }
    const spans = blockSentences(plain, block.contentStart, block.end);
    const next = all[b + 1];
    const neighbourIsItem = all[b - 1]?.kind === 'item' || next?.kind === 'item';
    const unpunctuated = !ENDS_CLOSED.test(content);

    if (block.kind === 'item' && !(block.lettered && unpunctuated && !neighbourIsItem)) {
      if (!openList) {
        openList = { id: lists.length, intro: null, items: [] };
        lists.push(openList);
      }
      const list: ListGroup = openList;
      const item = list.items.length;
      list.items.push({ start: spans[0].start, end: spans[spans.length - 1].end });
      for (const span of spans) segments.push({ ...span, kind: 'list-item', block: b, list: list.id, item });
      return;
    }

    openList = null;
    if (unpunctuated && spans.length === 1 && wordCount(content) <= 15) {
      segments.push({ ...spans[0], kind: 'heading', block: b });
      return;
    }
    spans.forEach((span, s) => {
      const last = s === spans.length - 1;
      const introducesList = last && next?.kind === 'item' && /:[)\]"'”’*⁰¹²³⁴⁵⁶⁷⁸⁹]*$/.test(text.slice(span.start, span.end));
      if (introducesList) {
        const intro: Segment = { ...span, kind: 'list-intro', block: b, list: lists.length };
        openList = { id: lists.length, intro, items: [] };
        lists.push(openList);
        segments.push(intro);
      } else {
        segments.push({ ...span, kind: 'sentence', block: b });
      }
    });
  });
  holes.forEach((hole) => footnote(hole, all.length));
  return { segments, lists, holes: holes.map(({ start, end }) => ({ start, end })) };
}
