/** Arguments of `npm run ask -- "question" [--json] [--excerpts] [--k N]`. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { askFields, MAX_K } from '../protocol';
import { parseInput } from '../validation';

export const ASK_USAGE = `Usage: npm run ask -- "question" [--json] [--excerpts] [--k N]

  --json      print the Answer object (or the excerpts) as JSON
  --excerpts  ranked passages only, no composed answer
  --k N       passages to retrieve (1-50, default 8)

Settings (CORPUS_DIR, INDEX_DIR, EMBEDDER) come from the environment, as for the server.`;

export type AskCliArgs = { help: boolean; json: boolean; mode: 'answer' | 'excerpts'; question: string; k?: number };

const argsSchema = z.object({ question: askFields.question, k: z.coerce.number().int().min(1).max(MAX_K).optional() });

/** Throws an AppError (EMPTY_QUESTION, QUESTION_TOO_LONG, BAD_REQUEST) or a TypeError for unknown flags. */
export function parseAskArgs(argv: string[]): AskCliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, excerpts: { type: 'boolean' }, k: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const base = { help: Boolean(values.help), json: Boolean(values.json), mode: values.excerpts ? ('excerpts' as const) : ('answer' as const) };
  if (base.help) return { ...base, question: '' };
  const parsed = parseInput(argsSchema, { question: positionals.join(' '), k: values.k }, 'BAD_REQUEST');
  return { ...base, question: parsed.question, k: parsed.k };
}
