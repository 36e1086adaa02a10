import type { Citation } from '../protocol';
import type { ComposedAnswer } from './answer-composer';
import type { Candidate } from './candidates';
import { QuoteMismatchError } from './errors';
import { spanCitation } from './passage-citation';

/**
 * Orders the chosen candidates (passages in relevance order, sentences of one passage in document
 * order), writes each as its cleaned text followed by " [n]", and builds one citation per quoted span,
 * numbered by first appearance. Each quote is checked, before it is emitted, to be both the exact
 * source-text span its offsets name and the passage text the candidate was read from.
 */
export function assembleAnswer(selected: Candidate[], scores: ReadonlyMap<Candidate, number>): ComposedAnswer {
  const firstPick = new Map<Candidate['context'], number>();
  selected.forEach((c, i) => {
    if (!firstPick.has(c.context)) firstPick.set(c.context, i);
  });
  const ordered = [...selected].sort((a, b) => firstPick.get(a.context)! - firstPick.get(b.context)! || a.start - b.start);

  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  const sentences = ordered.map((candidate) => {
    const { context } = candidate;
    const start = context.base + candidate.start;
    const end = context.base + candidate.end;
    const key = `${context.passage.id}\u0000${start}\u0000${end}`;
    let n = numberOf.get(key);
    if (n === undefined) {
      n = citations.length + 1;
      if (context.sourceText.slice(start, end) !== context.passage.text.slice(candidate.start, candidate.end)) {
        throw new QuoteMismatchError(context.passage.id, start, end);
      }
      const score = Math.round((scores.get(candidate) ?? 0) * 1000) / 1000;
      citations.push(spanCitation(context.passage, n, score, context.sourceText, start, end));
      numberOf.set(key, n);
    }
    return `${candidate.text} [${n}]`;
  });
  return { answer: sentences.join(' '), citations, abstained: false, related: [] };
}
