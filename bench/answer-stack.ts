/** The server's answering path without HTTP: the real composer, rewriter and conversation store over an index. */
import { createExtractiveComposer } from '../server/answer';
import { createAnswerService, type AnswerService } from '../server/ask/answer-service';
import { createConversationStore } from '../server/ask/conversation-store';
import { createFollowUpRewriter } from '../server/follow-up';
import type { CorpusIndex } from '../vectors/corpus-index';

export function createBenchAnswerService(index: CorpusIndex): AnswerService {
  return createAnswerService({
    index,
    composer: createExtractiveComposer(),
    rewriter: createFollowUpRewriter(),
    conversations: createConversationStore({ ttlMs: 30 * 60_000, maxConversations: 10_000 }),
  });
}

/**
 * Asked before timing: loads the model, compiles the hot paths, fills the composer's corpus statistics.
 * Varied in length because the encoder's first call at a new input size is slower. Not in BENCH_QUESTIONS.
 */
export const WARM_UP_QUESTIONS = [
  'What does the report say about budgets?',
  'refugee resettlement',
  'Who chairs the Council?',
  'migration',
  'Which activities did the Organization carry out with governments in Africa and Asia to manage migration flows more effectively over the years covered by the reports?',
  'And after that?',
  'How are projects funded and who decides on priorities?',
  'border management capacity building',
];
