/** Plain-text rendering of answers and excerpts for the terminal (the ask CLI). */
import type { Answer, Citation } from '../protocol';
import type { Excerpts } from './answer-service';

const indent = (text: string) => text.trim().split('\n').map((line) => `    ${line}`).join('\n');

function sourceList(heading: string, citations: Citation[]): string {
  const items = citations.map((c) => `[${c.n}] ${c.ref}\n${indent(`“${c.quote.trim()}”`)}`);
  return `${heading}\n${items.join('\n\n')}`;
}

export function formatAnswerText(answer: Answer): string {
  const parts = [answer.answer.trim()];
  if (answer.citations.length) parts.push(sourceList('Sources', answer.citations));
  if (answer.abstained && answer.related?.length) parts.push(sourceList('Related passages (not support for an answer)', answer.related));
  const { retrieveMs, composeMs, totalMs } = answer.timings;
  parts.push(`(retrieve ${retrieveMs.toFixed(1)} ms, compose ${composeMs.toFixed(1)} ms, total ${totalMs.toFixed(1)} ms)`);
  return parts.join('\n\n');
}

export function formatExcerptsText(result: Excerpts): string {
  if (!result.excerpts.length) return 'No passages matched.';
  const items = result.excerpts.map((c) => `[${c.n}] ${c.ref}  (score ${c.score.toFixed(3)})\n${indent(c.quote)}`);
  return items.join('\n\n');
}
