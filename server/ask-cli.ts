/**
 * One question from the terminal, answered in-process by the same answer service as the server.
 * `npm run ask -- "What is the 12-point Strategy?" [--json] [--excerpts] [--k N]`
 */
import { createExtractiveComposer } from './answer';
import { createAnswerService } from './ask/answer-service';
import { ASK_USAGE, parseAskArgs, type AskCliArgs } from './ask/ask-cli-args';
import { createConversationStore } from './ask/conversation-store';
import { formatAnswerText, formatExcerptsText } from './ask/format-answer-text';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { AppError } from './errors';
import { createFollowUpRewriter } from './follow-up';
import { openCorpus } from './open-corpus';

async function main(): Promise<number> {
  let args: AskCliArgs;
  let config: AppConfig;
  try {
    args = parseAskArgs(process.argv.slice(2));
    config = loadConfig(process.env);
  } catch (error) {
    if (!(AppError.isInstance(error) || error instanceof ConfigError || error instanceof TypeError)) throw error;
    console.error(`${error.message}\n\n${ASK_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(ASK_USAGE);
    return 0;
  }

  const index = await openCorpus(config);
  const service = createAnswerService({
    index,
    composer: createExtractiveComposer(),
    rewriter: createFollowUpRewriter(),
    conversations: createConversationStore({ ttlMs: config.CONVERSATION_TTL_MS, maxConversations: 1 }),
  });
  const result = await service.ask({ question: args.question, mode: args.mode, k: args.k });
  if (result.mode === 'answer') console.log(args.json ? JSON.stringify(result.answer, null, 2) : formatAnswerText(result.answer));
  else console.log(args.json ? JSON.stringify(result.result, null, 2) : formatExcerptsText(result.result));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`ask failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
