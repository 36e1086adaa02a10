import type { PageSpan } from '../types';

/** The 1-based page on which `offset` falls (the page starting last at or before it); null without pages. */
export function pageAt(pages: PageSpan[] | null, offset: number): number | null {
  if (!pages || pages.length === 0) return null;
  let found: PageSpan | null = null;
  for (const p of pages) {
    if (p.start <= offset && (found === null || p.start >= found.start)) found = p;
  }
  return (found ?? pages.reduce((a, b) => (b.start < a.start ? b : a))).page;
}
