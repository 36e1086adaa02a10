/**
 * Shared helpers for the follow-up rewriter's tests (`server/follow-up/follow-up-*.test.ts`): one rewriter, earlier
 * turns built from a question, and the rewrite of a follow-up asked after one turn.
 */
import { passageCitation } from '../server/answer';
import { createFollowUpRewriter, type FollowUpTurn } from '../server/follow-up';
import type { Citation } from '../server/protocol';
import { PASSAGES } from './answer-passages';

/** The rewriter under test, with its default options. */
export const rewriter = createFollowUpRewriter();
/** An earlier turn answered as `standaloneQuestion`; asked as the same question unless `question` says otherwise. */
export const turn = (standaloneQuestion: string, answer = '', citations: Citation[] = [], question = standaloneQuestion): FollowUpTurn => ({
  question,
  standaloneQuestion,
  answer,
  citations,
});
/** The rewrite of `question` asked after one earlier turn (a question, or a whole turn). */
export const after = (previous: string | FollowUpTurn, question: string) => rewriter.rewrite([typeof previous === 'string' ? turn(previous) : previous], question);

/** "What is the IDM?" answered with a passage that spells out the acronym: "International Dialogue on Migration (IDM)". */
export const IDM_TURN = turn(
  'What is the IDM?',
  'IOM Council’s International Dialogue on Migration (IDM) is a forum for international dialogue on migration, where governments and IOM … are able to explore modern migratory movements. [1]',
  [passageCitation(PASSAGES.idmForum, 1, 1)],
);
