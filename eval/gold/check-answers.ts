import { answeredQuestions, type AnsweredQuestion } from './gold-answers';
import type { GoldProblem } from './gold-problem';
import type { GoldItem, UnanswerableItem } from './schema';

/**
 * Per-item checks against the source texts: every quote is an exact substring of its report (and
 * occurs once, so its offsets are unambiguous), every fact is in its quote, the section heading and
 * paragraph number precede the quote, and no report contains what an unanswerable item says is absent.
 */
export function checkAnswers(items: readonly GoldItem[], sources: ReadonlyMap<string, string>): GoldProblem[] {
  const problems: GoldProblem[] = [];
  for (const item of items) {
    if (item.type === 'unanswerable') problems.push(...checkAbsent(item, sources));
    for (const answered of answeredQuestions(item)) problems.push(...checkAnswer(answered, sources));
  }
  return problems;
}

function checkAnswer({ itemId, turn, answer }: AnsweredQuestion, sources: ReadonlyMap<string, string>): GoldProblem[] {
  const where = turn === null ? itemId : `${itemId} turn ${turn}`;
  const text = sources.get(answer.source);
  if (text === undefined) return [{ check: 'source-missing', id: itemId, message: `${where}: no source text for ${answer.source}` }];

  const problems: GoldProblem[] = [];
  for (const fact of answer.facts) {
    if (!answer.quote.toLowerCase().includes(fact.toLowerCase())) {
      problems.push({ check: 'fact-in-quote', id: itemId, message: `${where}: fact ${JSON.stringify(fact)} is not in its quote` });
    }
  }
  const start = text.indexOf(answer.quote);
  if (start < 0) {
    problems.push({ check: 'quote-verbatim', id: itemId, message: `${where}: quote is not verbatim in ${answer.source}: ${clip(answer.quote)}` });
    return problems;
  }
  if (text.indexOf(answer.quote, start + 1) >= 0) {
    problems.push({ check: 'quote-unique', id: itemId, message: `${where}: quote occurs more than once in ${answer.source}: ${clip(answer.quote)}` });
  }

  let sectionStart = 0;
  if (answer.section !== null) {
    const at = lastMatchBefore(headingPattern(answer.section), text, start);
    if (at < 0) {
      problems.push({ check: 'section', id: itemId, message: `${where}: heading ${JSON.stringify(answer.section)} does not appear before the quote` });
    } else sectionStart = at;
  }
  if (answer.paragraph !== null) {
    const marker = new RegExp(String.raw`^[ \t]*(?:-[ \t]*)?${answer.paragraph}\.[ \t]`, 'gm');
    if (lastMatchBefore(marker, text, start) < sectionStart) {
      problems.push({ check: 'paragraph', id: itemId, message: `${where}: paragraph ${answer.paragraph}. does not start between its heading and the quote` });
    }
  }
  return problems;
}

function checkAbsent(item: UnanswerableItem, sources: ReadonlyMap<string, string>): GoldProblem[] {
  const problems: GoldProblem[] = [];
  for (const term of item.absent) {
    for (const [name, text] of sources) {
      if (text.toLowerCase().includes(term.toLowerCase())) {
        problems.push({ check: 'absent', id: item.id, message: `${item.id}: ${JSON.stringify(term)} is said to be absent but occurs in ${name}` });
      }
    }
  }
  return problems;
}

/** A heading is a whole line (or lines) as written; only how whitespace and line breaks fall may differ. */
function headingPattern(heading: string): RegExp {
  const words = heading.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(String.raw`^[ \t]*${words.join(String.raw`\s+`)}[ \t]*$`, 'gm');
}

/** Start of the last match that begins before `limit`, or -1. */
function lastMatchBefore(pattern: RegExp, text: string, limit: number): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) {
    if (match.index >= limit) break;
    last = match.index;
  }
  return last;
}

function clip(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);
}
