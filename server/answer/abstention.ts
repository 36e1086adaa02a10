import type { CorpusIndex } from '../../vectors/corpus-index';
import type { ScoredPassage } from '../../vectors/types';
import type { Citation } from '../protocol';
import type { ComposedAnswer } from './answer-composer';
import { passageCitation } from './passage-citation';
import { toEmbeddedClause } from '../../vectors/query/embedded-clause';
import { topicPrompt } from '../../vectors/query/topic-prompt';
import { isAux, questionWords } from '../../vectors/query/word-classes';

function firstQuestion(question: string): string {
  const flat = question.replace(/\s+/g, ' ').trim();
  const end = flat.indexOf('?');
  return end >= 0 ? flat.slice(0, end + 1) : flat;
}

/**
 * "The reports do not say …", restating what was asked as a clause when the question's shape is
 * recognised, else quoting it.
 *
 * @example
 * abstentionSentence('How many migrants did IOM resettle in 2015?')
 * // "The reports do not say how many migrants IOM resettled in 2015."
 */
export function abstentionSentence(question: string): string {
  const asked = firstQuestion(question);
  // "What about the Andean region?", "What of the costs?", "Same question for Kenya?" ask about a topic; it has no
  // clause to restate (and one with more, "What about the costs, and who paid?", is quoted). "What of the budget was
  // spent …?" goes on with an auxiliary: a clause after all.
  const about = topicPrompt(asked);
  const topic = about ? about.rest.replace(/\s*[?.!]+$/, '') : '';
  const topicOnly = about !== null && (/about$/i.test(about.prompt) || !questionWords(topic).some(isAux));
  if (topicOnly && topic !== '' && !/[,;:]/.test(topic)) return `The reports do not say anything about ${topic}.`;
  const clause = topicOnly ? null : toEmbeddedClause(asked);
  if (clause) return `The reports do not say ${clause}.`;
  const bare = asked.replace(/[?.!]+$/, '');
  if (bare === '') return 'The reports do not say anything about that.';
  return /\?$/.test(asked) ? `The reports do not say anything that answers “${asked}”` : `The reports do not say anything about “${bare}”.`;
}

/** A whole-passage citation, its offsets corrected when the passage sits elsewhere in its source text. */
function relatedCitation(hit: ScoredPassage, n: number, index: CorpusIndex): Citation {
  const citation = passageCitation(hit.passage, n, hit.score);
  try {
    const source = index.sourceText(hit.passage.source);
    if (source.slice(citation.start, citation.end) === citation.quote) return citation;
    const at = source.indexOf(citation.quote);
    return at >= 0 ? { ...citation, start: at, end: at + citation.quote.length } : citation;
  } catch {
    return citation;
  }
}

/** The answer when nothing retrieved answers: no citations, up to `maxRelated` closest passages as related. */
export function abstain(question: string, retrieved: ScoredPassage[], index: CorpusIndex, maxRelated: number): ComposedAnswer {
  return {
    answer: abstentionSentence(question),
    citations: [],
    abstained: true,
    related: retrieved.slice(0, maxRelated).map((hit, i) => relatedCitation(hit, i + 1, index)),
  };
}
