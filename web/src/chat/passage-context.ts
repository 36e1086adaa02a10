/**
 * "Show context": loads a passage with its neighbours (GET /api/passages/:id) and renders them in
 * document order, marking the cited quote by its source-text offsets.
 */
import type { DocumentMeta, Passage } from '../../../ingest/types';
import { el } from './dom';

export type PassageContext = { passage: Passage; neighbours: Passage[]; document: DocumentMeta | null };

export class ContextError extends Error {
  override readonly name = 'ContextError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const isPassage = (v: unknown): v is Passage => {
  const p = v as Passage;
  return typeof p === 'object' && p !== null && typeof p.id === 'string' && typeof p.text === 'string' &&
    typeof p.start === 'number' && typeof p.end === 'number' && Array.isArray(p.sectionPath);
};

export async function fetchPassageContext(baseUrl: string, passageId: string, signal?: AbortSignal): Promise<PassageContext> {
  const url = new URL(`api/passages/${encodeURIComponent(passageId)}`, baseUrl);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'omit' });
  } catch (cause) {
    throw new ContextError('NETWORK', 'The server could not be reached to load the context.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { message?: unknown } | null)?.message;
    throw new ContextError(`HTTP_${response.status}`, typeof message === 'string' ? message : `The context could not be loaded (HTTP ${response.status}).`);
  }
  const data = body as { passage?: unknown; neighbours?: unknown; document?: unknown } | null;
  if (!data || !isPassage(data.passage) || !Array.isArray(data.neighbours) || !data.neighbours.every(isPassage)) {
    throw new ContextError('BAD_RESPONSE', 'The server sent an unexpected context response.');
  }
  return { passage: data.passage, neighbours: data.neighbours, document: (data.document as DocumentMeta | undefined) ?? null };
}

/** The passage and its neighbours, de-duplicated, in document order. */
export function contextPassages(context: PassageContext): Passage[] {
  const byId = new Map<string, Passage>();
  for (const p of [...context.neighbours, context.passage]) byId.set(p.id, p);
  return [...byId.values()].sort((a, b) => a.start - b.start);
}

/** Splits passage text into before / quote / after using source offsets (clamped to the passage). */
export function highlightRange(passage: Passage, quote: { start: number; end: number }): [number, number] | null {
  const from = Math.max(quote.start, passage.start) - passage.start;
  const to = Math.min(quote.end, passage.end) - passage.start;
  return to > from ? [from, to] : null;
}

export function renderContext(context: PassageContext, quote: { start: number; end: number }, label: string): HTMLElement {
  const doc = context.document;
  const meta = doc ? [doc.symbol, doc.title, doc.date].filter(Boolean).join(' · ') : context.passage.title;
  const list = el('div', { class: 'rc-context-list' });
  for (const p of contextPassages(context)) {
    const cited = p.id === context.passage.id;
    const where = [p.sectionPath.join(' › '), p.paragraph ? `¶ ${p.paragraph}` : '', p.page !== null ? `p. ${p.page}` : '']
      .filter(Boolean).join(' · ');
    const text = el('p', { class: 'rc-context-text' });
    const range = cited ? highlightRange(p, quote) : null;
    if (range) {
      text.append(p.text.slice(0, range[0]), el('mark', { class: 'rc-mark' }, [p.text.slice(range[0], range[1])]), p.text.slice(range[1]));
    } else {
      text.append(p.text);
    }
    list.append(el('div', { class: cited ? 'rc-context-passage rc-cited' : 'rc-context-passage', 'aria-current': cited ? 'true' : null }, [
      where ? el('p', { class: 'rc-context-where' }, [where]) : null,
      text,
    ]));
  }
  return el('section', { class: 'rc-context', 'aria-label': label }, [
    el('p', { class: 'rc-context-doc' }, [meta]),
    list,
  ]);
}
