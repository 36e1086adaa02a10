/**
 * One question in, one grounded answer (or ranked excerpts) out. Used by the websocket,
 * REST and the ask CLI alike: conversation → follow-up rewrite → retrieve → compose → store the turn.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { CorpusIndex } from '../../vectors/corpus-index';
import { passageCitation, type AnswerComposer } from '../answer';
import { answeredAs, readCues, type FollowUpRewriter } from '../follow-up';
import type { Answer, AskMode, Citation } from '../protocol';
import type { Conversation, ConversationStore } from './conversation-store';
import { retrieveFollowUp } from './follow-up-retrieval';

export const DEFAULT_K = 8;

export type AskRequest = {
  /** Request id echoed in the answer; generated when absent. */
  id?: string;
  question: string;
  /** Unknown or expired ids start a new conversation with a fresh id. */
  conversationId?: string;
  mode?: AskMode;
  k?: number;
};

export type Excerpts = { id: string; conversationId: string; standaloneQuestion: string; excerpts: Citation[] };

export type AskResult = { mode: 'answer'; answer: Answer } | { mode: 'excerpts'; result: Excerpts };

export interface AnswerService {
  ask(request: AskRequest): Promise<AskResult>;
  /** Forgets a conversation; returns whether it existed. */
  reset(conversationId: string): boolean;
}

export type AnswerServiceDeps = {
  index: CorpusIndex;
  composer: AnswerComposer;
  rewriter: FollowUpRewriter;
  conversations: ConversationStore;
  defaultK?: number;
};

const ms = (from: number, to: number) => Math.round((to - from) * 100) / 100;

/**
 * @example
 * const service = createAnswerService({ index, composer, rewriter, conversations });
 * const { answer } = await service.ask({ question: 'What is the 12-point Strategy?' }) as { mode: 'answer'; answer: Answer };
 */
export function createAnswerService(deps: AnswerServiceDeps): AnswerService {
  const { index, composer, rewriter, conversations, defaultK = DEFAULT_K } = deps;

  function openConversation(id: string | undefined): Conversation {
    return (id !== undefined && conversations.get(id)) || conversations.create();
  }

  function standalone(conversation: Conversation, question: string): string {
    if (conversation.turns.length === 0) return question;
    const rewritten = rewriter.rewrite([...conversation.turns], question).trim();
    return rewritten || question;
  }

  return {
    async ask(request) {
      const startedAt = performance.now();
      const id = request.id ?? randomUUID();
      const question = request.question.trim();
      const conversation = openConversation(request.conversationId);
      const standaloneQuestion = standalone(conversation, question);

      const retrieveStart = performance.now();
      const k = request.k ?? defaultK;
      const previous = conversation.turns.at(-1);
      // Rewritten, or pointing back where no rewrite could say at what ("What was the resulting publication
      // called?"): it leans on the previous turn, so look where that answer came from first.
      const followsUp = previous !== undefined && (standaloneQuestion !== question || readCues(question).dependent);
      const retrieved = followsUp ? await retrieveFollowUp(index, standaloneQuestion, previous, k) : await index.retrieve(standaloneQuestion, { k });
      const retrieveEnd = performance.now();

      if (request.mode === 'excerpts') {
        const excerpts = retrieved.map((hit, i) => passageCitation(hit.passage, i + 1, hit.score));
        conversations.append(conversation.id, { question, standaloneQuestion, answer: '', citations: excerpts });
        return { mode: 'excerpts', result: { id, conversationId: conversation.id, standaloneQuestion, excerpts } };
      }

      const focus = previous?.citations ?? [];
      const previousQuestion = followsUp ? answeredAs(previous) : undefined;
      const composed = composer.compose({ question: standaloneQuestion, retrieved, index, focus, previousQuestion, asked: followsUp ? question : undefined });
      const composeEnd = performance.now();
      conversations.append(conversation.id, {
        question,
        standaloneQuestion,
        answer: composed.answer,
        citations: composed.citations,
      });
      const answer: Answer = {
        id,
        conversationId: conversation.id,
        question,
        standaloneQuestion,
        answer: composed.answer,
        citations: composed.citations,
        abstained: composed.abstained,
        related: composed.related,
        timings: {
          retrieveMs: ms(retrieveStart, retrieveEnd),
          composeMs: ms(retrieveEnd, composeEnd),
          totalMs: ms(startedAt, performance.now()),
        },
      };
      return { mode: 'answer', answer };
    },
    reset: (conversationId) => conversations.reset(conversationId),
  };
}
