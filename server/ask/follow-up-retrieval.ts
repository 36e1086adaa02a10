import type { CorpusIndex } from '../../vectors/corpus-index';
import type { ScoredPassage } from '../../vectors/types';
import type { ConversationTurn } from './conversation-store';

/** How far around a passage the previous answer cited a follow-up is looked for, in passages either side. */
export const FOLLOW_UP_RADIUS = 1;
/** How deep the follow-up's own retrieval is searched for those passages. */
const SEARCH_DEPTH = 50;

/**
 * Passages for a follow-up ("And in 2008?", "Who funded it?"): it usually asks about the place the previous
 * answer came from, and a rewritten question often loses words that pointed there. So the passages around the
 * previous answer's citations that the rewritten question also retrieves (within the search depth) come first,
 * best first, then the rest of its ranking; the composer still decides from their text which sentence answers.
 */
export async function retrieveFollowUp(index: CorpusIndex, standaloneQuestion: string, previous: ConversationTurn, k: number): Promise<ScoredPassage[]> {
  const near = new Set<string>();
  for (const citation of previous.citations) {
    for (const passage of index.neighbours(citation.passageId, FOLLOW_UP_RADIUS)) near.add(passage.id);
  }
  const ranked = await index.retrieve(standaloneQuestion, { k: near.size > 0 ? Math.max(k, SEARCH_DEPTH) : k });
  if (near.size === 0) return ranked;
  const first = ranked.filter((hit) => near.has(hit.passage.id));
  const rest = ranked.filter((hit) => !near.has(hit.passage.id));
  return [...first, ...rest].slice(0, k);
}
