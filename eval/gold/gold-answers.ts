import type { GoldAnswer, GoldItem } from './schema';

/**
 * One question with its gold answer; a follow-up yields two, with `turn` 1 and 2, and an unanswerable follow-up its
 * answerable turn 1.
 */
export type AnsweredQuestion = { itemId: string; turn: number | null; question: string; answer: GoldAnswer };

export function answeredQuestions(item: GoldItem): AnsweredQuestion[] {
  switch (item.type) {
    case 'single': {
      const { id, type: _type, answerable: _answerable, question, ...answer } = item;
      return [{ itemId: id, turn: null, question, answer }];
    }
    case 'follow-up':
      return item.turns.map(({ question, ...answer }, i) => ({ itemId: item.id, turn: i + 1, question, answer }));
    case 'unanswerable': {
      if (!item.after) return [];
      const { question, ...answer } = item.after;
      return [{ itemId: item.id, turn: 1, question, answer }];
    }
  }
}

/** The report an answerable item is about (turn 1's source for a follow-up); null if unanswerable. */
export function reportOf(item: GoldItem): string | null {
  if (item.type === 'single') return item.source;
  if (item.type === 'follow-up') return item.turns[0].source;
  return null;
}

const normalized = (question: string) => question.toLowerCase().replace(/\s+/g, ' ').replace(/[?.!\s]+$/, '').trim();

/** Normalized text that identifies a conversation opener: a single question or a follow-up's turn 1. */
export function questionKey(item: GoldItem): string {
  return normalized(openingQuestion(item));
}

/** Normalized text of the whole conversation: two follow-ups to the same opener are two items. */
export function conversationKey(item: GoldItem): string {
  const second = secondQuestion(item);
  return second === null ? questionKey(item) : `${questionKey(item)} → ${normalized(second)}`;
}

/** The question a conversation opens with: a follow-up's turn 1, the question an unanswerable follow-up comes after. */
export function openingQuestion(item: GoldItem): string {
  if (item.type === 'follow-up') return item.turns[0].question;
  return item.type === 'unanswerable' && item.after ? item.after.question : item.question;
}

/** What a conversation asks second: a follow-up's turn 2 or the question an unanswerable follow-up asks; else null. */
export function secondQuestion(item: GoldItem): string | null {
  if (item.type === 'follow-up') return item.turns[1].question;
  return item.type === 'unanswerable' && item.after ? item.question : null;
}
