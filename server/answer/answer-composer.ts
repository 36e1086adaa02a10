import type { CorpusIndex } from '../../vectors/corpus-index';
import type { ScoredPassage } from '../../vectors/types';
import type { Citation } from '../protocol';
import type { SourceSpan } from './focus-proximity';

export type ComposeInput = {
  /** The standalone question (follow-ups already rewritten). */
  question: string;
  /** Retrieved passages, best first. */
  retrieved: ScoredPassage[];
  /** For source texts (quote offsets) and corpus-wide term statistics. */
  index: CorpusIndex;
  /** For a follow-up: the spans the previous answer quoted; sentences near them rank a little higher. */
  focus?: readonly SourceSpan[];
  /**
   * For a follow-up: the previous turn's standalone question. The answer must come from where the conversation is: near
   * the previous answer's quotes, or a passage holding enough of that question's topic; else the composer abstains.
   */
  previousQuestion?: string;
  /** For a follow-up: the question as asked, before the conversation's words were written into it. */
  asked?: string;
};

/**
 * A grounded answer: every sentence of `answer` ends with one or more `[n]` markers; citations are
 * numbered in order of first appearance. When nothing retrieved answers the question, `abstained` is
 * true, `citations` is empty and `related` offers the closest passages (labelled as related, not support).
 */
export type ComposedAnswer = { answer: string; citations: Citation[]; abstained: boolean; related: Citation[] };

/** Turns retrieved passages into an answer. Swappable: an LLM composer can implement the same interface. */
export interface AnswerComposer {
  compose(input: ComposeInput): ComposedAnswer;
}
