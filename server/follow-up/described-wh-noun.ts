import type { parseWhQuestion } from '../../vectors/query/question-grammar';
import { AUXILIARIES, isVerbLike, questionWords } from '../../vectors/query/word-classes';
import { toEmbeddedClause } from '../../vectors/query/embedded-clause';

/**
 * "How many people went through IOM's migrant training in 2009?" → "people that went through IOM's migrant training in
 * 2009"; "Which countries of origin did IOM help send workers to Canada?" → "countries of origin IOM helped send
 * workers to Canada". Only for a wh-noun that opens the question (not "In which countries …") and a clause of at most
 * 16 words; null otherwise.
 */
export function describedWhNoun(question: string, parsed: NonNullable<ReturnType<typeof parseWhQuestion>>): string | null {
  const whWord = parsed.wh[0].toLowerCase();
  if (parsed.prefix.length > 0 || !(whWord === 'which' || whWord === 'what' || (whWord === 'how' && parsed.wh[1]?.toLowerCase() === 'many'))) return null;
  const clause = toEmbeddedClause(question);
  const head = parsed.wh.join(' ');
  if (!clause?.toLowerCase().startsWith(head.toLowerCase())) return null;
  const rest = questionWords(clause.slice(head.length));
  if (rest.length === 0 || rest.length > 16) return null;
  // The wh-noun did what follows ("people went through …"): a relative pronoun joins them.
  const subject = /^\p{Ll}/u.test(rest[0]) && (isVerbLike(rest[0]) || AUXILIARIES.has(rest[0].toLowerCase()));
  return [...parsed.whNoun, ...(subject ? ['that'] : []), ...rest].join(' ');
}
