import type { AnswerService } from '../../server/ask/answer-service';
import type { Answer } from '../../server/protocol';
import { openingQuestion, secondQuestion } from '../gold/gold-answers';
import type { GoldItem, GoldSplit } from '../gold/schema';

export type SplitItem = { split: GoldSplit; item: GoldItem };

/** One question put to the answer service: a single, one turn of a follow-up, or an unanswerable item (turn 2 when it follows up). */
export type AskedQuestion = { split: GoldSplit; item: GoldItem; /** 1 or 2 in a follow-up, else null. */ turn: number | null; answer: Answer };

/**
 * Puts every gold question to the answer service, the code path users hit: each item in a fresh
 * conversation, a follow-up's second turn (answerable or not) in the conversation of its first.
 */
export async function askGold(service: AnswerService, entries: readonly SplitItem[]): Promise<AskedQuestion[]> {
  const asked: AskedQuestion[] = [];
  for (const { split, item } of entries) {
    const followUp = secondQuestion(item);
    if (followUp !== null) {
      const first = await ask(service, openingQuestion(item));
      const second = await ask(service, followUp, first.conversationId);
      asked.push({ split, item, turn: 1, answer: first }, { split, item, turn: 2, answer: second });
      service.reset(first.conversationId);
    } else {
      const answer = await ask(service, openingQuestion(item));
      asked.push({ split, item, turn: null, answer });
      service.reset(answer.conversationId);
    }
  }
  return asked;
}

async function ask(service: AnswerService, question: string, conversationId?: string): Promise<Answer> {
  const result = await service.ask({ question, conversationId, mode: 'answer' });
  if (result.mode !== 'answer') throw new Error(`The answer service returned ${result.mode} for an answer request.`);
  return result.answer;
}
