/**
 * How citations read when copied into a briefing note (Markdown):
 *   > the quote
 *
 *   — MC/INF/302, III. IOM's work … › Point 1, ¶ 16
 */
import type { Answer, Citation } from '../../../server/protocol';

type CitationRef = Pick<Citation, 'symbol' | 'title' | 'sectionPath' | 'paragraph' | 'page'>;

/** `MC/INF/302, III. … › Point 1, ¶ 16` (symbol, else title; empty parts left out). */
export function citationLine(c: CitationRef): string {
  const parts = [c.symbol?.trim() || c.title.trim()];
  const path = c.sectionPath.map((s) => s.trim()).filter(Boolean).join(' › ');
  if (path) parts.push(path);
  if (c.paragraph) parts.push(`¶ ${c.paragraph}`);
  if (c.page !== null && c.page !== undefined) parts.push(`p. ${c.page}`);
  return parts.filter(Boolean).join(', ');
}

/** Prefixes every line with `> ` (blank lines become `>`), so multi-paragraph quotes stay one blockquote. */
export function blockquote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line.trimEnd()}` : '>'))
    .join('\n');
}

export function quoteMarkdown(c: CitationRef & Pick<Citation, 'quote'>): string {
  return `${blockquote(c.quote)}\n\n— ${citationLine(c)}\n`;
}

/** The answer text, then each source it cites: `[n] ref` followed by the quote. */
export function answerMarkdown(answer: Pick<Answer, 'answer' | 'citations'>): string {
  const sources = [...answer.citations]
    .sort((a, b) => a.n - b.n)
    .map((c) => `[${c.n}] ${citationLine(c)}\n${blockquote(c.quote)}`);
  const body = answer.answer.trim();
  return sources.length ? `${body}\n\nSources:\n\n${sources.join('\n\n')}\n` : `${body}\n`;
}
