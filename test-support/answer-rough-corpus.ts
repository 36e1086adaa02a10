/**
 * Every bundled report cut into passages by a rough rule (numbered paragraphs, or runs of text under a
 * heading, list items kept with their paragraph). Not the ingest parser: just enough realistic, exactly
 * offset passages to exercise the composer across the whole corpus.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Passage } from '../ingest/types';
import { reportText } from './answer-passages';

const REPORTS = fileURLToPath(new URL('../data/reports/', import.meta.url));

type Block = { start: number; end: number; body: string };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g;
  for (const m of text.matchAll(re)) {
    const body = m[0].replace(/\s+$/, '');
    out.push({ start: m.index, end: m.index + body.length, body });
  }
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isFootnote = (b: string) => /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/.test(b);
const isItem = (b: string) => /^[-•]\s+(?!\d{1,3}\.\s)/.test(b);
const numbered = (b: string) => /^(?:[-•]\s+)?(\d{1,3})\.\s+\S/.exec(b);
const isHeading = (b: string) => !/[.!?:;]["”’)*]*$/.test(b) && words(b) <= 15;

export function roughPassages(source: string): Passage[] {
  const text = reportText(source);
  const title = text.trim().split('\n')[0].trim();
  const out: Passage[] = [];
  let section: string[] = [];
  let current: { start: number; end: number; paragraph: string | null; sectionPath: string[] } | null = null;
  const close = () => {
    if (current) {
      out.push({
        id: `${source}#${out.length + 1}`,
        source,
        title,
        symbol: null,
        date: null,
        sectionPath: current.sectionPath,
        paragraph: current.paragraph,
        page: null,
        start: current.start,
        end: current.end,
        text: text.slice(current.start, current.end),
      });
    }
    current = null;
  };
  for (const block of blocks(text)) {
    const number = numbered(block.body);
    if (isFootnote(block.body)) continue;
    if (number && words(block.body) >= 8) {
      close();
      current = { start: block.start, end: block.end, paragraph: number[1], sectionPath: section };
    } else if (isHeading(block.body) && !isItem(block.body)) {
      close();
      section = [block.body.replace(/\s+/g, ' ')];
    } else if (current && (isItem(block.body) || /^\p{Ll}/u.test(block.body))) {
      current.end = block.end;
    } else {
      close();
      current = { start: block.start, end: block.end, paragraph: null, sectionPath: section };
    }
  }
  close();
  return out;
}

export function roughCorpus(): Passage[] {
  return readdirSync(REPORTS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap(roughPassages);
}
