import type { Passage } from '../../ingest/types';
import type { Citation } from '../protocol';
import { QuoteMismatchError } from './errors';
import { formatRef } from './format-ref';

function citationOf(passage: Passage, n: number, score: number, quote: string, start: number, end: number): Citation {
  return {
    n,
    passageId: passage.id,
    source: passage.source,
    title: passage.title,
    symbol: passage.symbol,
    date: passage.date,
    sectionPath: [...passage.sectionPath],
    paragraph: passage.paragraph,
    page: passage.page,
    quote,
    start,
    end,
    score,
    ref: formatRef(passage),
  };
}

/**
 * A whole passage as a citation (excerpts mode, `/api/search`, related passages): the quote is the
 * passage text and start/end are the passage offsets.
 *
 * @example
 * retrieved.map((hit, i) => passageCitation(hit.passage, i + 1, hit.score))
 */
export function passageCitation(passage: Passage, n: number, score: number): Citation {
  return citationOf(passage, n, score, passage.text, passage.start, passage.end);
}

/**
 * A citation of the span [start, end) of a source text. Checks the invariant
 * `quote === sourceText.slice(start, end)` and throws QuoteMismatchError when it cannot hold.
 */
export function spanCitation(
  passage: Passage,
  n: number,
  score: number,
  sourceText: string,
  start: number,
  end: number,
): Citation {
  const quote = sourceText.slice(start, end);
  if (start < 0 || end > sourceText.length || start >= end || quote.length !== end - start || quote.trim() === '') {
    throw new QuoteMismatchError(passage.id, start, end);
  }
  return citationOf(passage, n, score, quote, start, end);
}

/** True when `citation.quote` is exactly the source text between its offsets. */
export function quoteMatchesSource(citation: Pick<Citation, 'quote' | 'start' | 'end'>, sourceText: string): boolean {
  return sourceText.slice(citation.start, citation.end) === citation.quote;
}
