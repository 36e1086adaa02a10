import type { Citation } from '../protocol';

/** One earlier turn of the conversation, oldest first in the history. */
export type FollowUpTurn = { question: string; standaloneQuestion: string; answer: string; citations: Citation[] };

/** The question a turn was answered as: its standalone form, or as asked when it has none. */
export const answeredAs = (turn: FollowUpTurn) => turn.standaloneQuestion || turn.question;
