import type { ClassifiedBlock } from './classify-blocks';
import { collapseWhitespace } from './source-lines';
import { isPlainHeadingShape, stripEmphasis } from './heading-shape';

const MAX_FRONT_BLOCKS = 15;
const MAX_FRONT_CHARS = 160;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const DATE_PATTERN = new RegExp(`\\b(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},\\s+\\d{4})\\b`);
export const SYMBOL_LINE = /^\**\s*(?:symbol\s*:\s*)?([A-Z][A-Z0-9]{0,9}(?:\/[A-Za-z0-9.()-]+){1,6})\s*\**$/i;
/** A line naming the session: "NINETY-NINTH SESSION", "101st Session", "Special Session". */
export const SESSION = /^(?:[\p{L}\d-]+\s+){1,3}session[\s.,]*$/iu;
/** "International Organization for Migration", "IOM International Organization for …", "Organisation internationale …". */
const ORGANISATION =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:organi[sz]ation\s+(?:for|of)\b|organisation\s+internationale|organización\s+internacional)/iu;

/** Lines that carry metadata rather than a title: symbol, date, "Original: English", session, organisation, "(…)". */
export function isMetaLine(text: string): boolean {
  const t = stripEmphasis(collapseWhitespace(text));
  return (
    SYMBOL_LINE.test(t) ||
    DATE_PATTERN.test(t) ||
    /^(?:original\s*:|distr\b|(?:english|french|spanish)(?:\s+only)?$|limited distribution|restricted\b|general distribution)/i.test(t) ||
    SESSION.test(t) ||
    ORGANISATION.test(t) ||
    /^\(.*\)$/s.test(t)
  );
}

/** Symbol, date, "Original: …" and session lines: in a masthead the title comes after them. */
function isMastheadLine(text: string): boolean {
  const t = stripEmphasis(collapseWhitespace(text));
  return SYMBOL_LINE.test(t) || DATE_PATTERN.test(t) || /^original\b/i.test(t) || SESSION.test(t);
}

export function isOrganisationLine(text: string): boolean {
  return ORGANISATION.test(text) && !/[.;]$/.test(text.trim());
}

function frontLike(block: ClassifiedBlock): boolean {
  if (!['prose', 'text', 'heading', 'furniture'].includes(block.role)) return false;
  if (block.role === 'heading' && block.heading?.style !== 'plain') return false;
  const t = collapseWhitespace(block.text);
  if (t.length > MAX_FRONT_CHARS) return false;
  return !(/[.!?]$/.test(t.replace(/[*)"”’]+$/, '')) && t.split(' ').length >= 6);
}

function key(text: string): string {
  return stripEmphasis(collapseWhitespace(text)).toLowerCase();
}

export type FrontMatter = { count: number; title: ClassifiedBlock | null };

/**
 * Mark the blocks before the body as `front` (organisation, symbol, date, session, title) and
 * return how many there are and which one is the title.
 * - The body starts at the first long, sentence-like, numbered, listed or marked block.
 * - The title is the line printed twice (masthead and above the text), else the first line after the
 *   symbol/date/session lines, else the first line that is not metadata.
 * - After the title, a heading-shaped line that is neither metadata nor the title again opens the
 *   first section ("Introduction", "CROSS-CUTTING ACTIVITIES").
 */
export function markFrontMatter(blocks: ClassifiedBlock[]): FrontMatter {
  const first = blocks[0];
  if (first?.role === 'heading' && first.heading?.style === 'markdown') {
    // A Markdown file's leading "# Title" is its title, not a section.
    if (first.heading.label !== '1') return { count: 0, title: null };
    blocks[0] = { ...first, role: 'front' };
    return { count: 1, title: blocks[0] };
  }
  let end = 0;
  while (end < blocks.length && end < MAX_FRONT_BLOCKS && frontLike(blocks[end])) end += 1;
  if (end === blocks.length || end === MAX_FRONT_BLOCKS) {
    end = blocks[0] && isPlainHeadingShape(blocks[0].text, blocks[0].lines.length) ? 1 : 0;
  }
  const candidates = blocks
    .slice(0, end)
    .map((b, i) => ({ b, i, k: key(b.text) }))
    .filter(({ b }) => b.role !== 'furniture' && !isMetaLine(b.text));
  const repeated = candidates.filter((c) => candidates.some((d) => d.i !== c.i && d.k === c.k));
  const lastMeta = blocks.slice(0, end).reduce((last, b, i) => (isMastheadLine(b.text) ? i : last), -1);
  const afterMeta = candidates.find((c) => c.i > lastMeta);
  const title = repeated[0] ?? afterMeta ?? candidates[0] ?? null;
  if (title) {
    for (let i = title.i + 1; i < end; i += 1) {
      const b = blocks[i];
      if (b.role === 'heading' && !isMetaLine(b.text) && key(b.text) !== title.k) {
        end = i;
        break;
      }
    }
  }
  for (let i = 0; i < end; i += 1) blocks[i] = { ...blocks[i], role: 'front' };
  return { count: end, title: title ? blocks[title.i] : null };
}
