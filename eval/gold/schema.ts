/**
 * The gold set of the grounding eval: hand-written questions about the corpus reports, each with the
 * verbatim source span that answers it, or marked unanswerable. See eval/README.md ("Gold set").
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { GoldSetError } from './gold-set-error';

export const QUESTION_KINDS = ['number', 'date', 'name', 'list', 'why', 'how', 'what', 'yes-no'] as const;
export const GOLD_SPLITS = ['dev', 'test'] as const;

const text = z.string().trim().min(1);

/** What a correct answer must rest on: one verbatim span of one report, and the facts it must state. */
export const GoldAnswerSchema = z.strictObject({
  /** File name relative to the corpus root, as in `Passage.source`. */
  source: z.string().regex(/^[\w.-]+(\/[\w.-]+)*\.(txt|md|pdf|docx|html)$/, 'a corpus-relative file name'),
  /** Exact substring of the source text (OCR noise, curly quotes and superscripts included). */
  quote: z.string().min(3),
  /** Innermost heading above the quote, as written in the report; null when the heading is lost. */
  section: text.nullable(),
  /** The document's own paragraph number; null where unnumbered. */
  paragraph: z.string().regex(/^\d+$/, 'a paragraph number such as "19"').nullable(),
  /** 1–3 short strings a correct answer must contain; each occurs in `quote` (case-insensitive). */
  facts: z.array(text).min(1).max(3),
  kind: z.enum(QUESTION_KINDS),
  /** True when the question avoids the report's own wording ("employees" for "staff"). */
  paraphrased: z.boolean(),
});

export const GoldTurnSchema = GoldAnswerSchema.extend({ question: text });

export const SingleItemSchema = GoldAnswerSchema.extend({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: z.literal('single'),
  answerable: z.literal(true),
  question: text,
});

/** Turn 2 is elliptical ("In how many countries?") and only makes sense after turn 1. */
export const FollowUpItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: z.literal('follow-up'),
  answerable: z.literal(true),
  turns: z.tuple([GoldTurnSchema, GoldTurnSchema]),
});

export const UnanswerableItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: z.literal('unanswerable'),
  answerable: z.literal(false),
  /**
   * An answerable question asked first in the same conversation, when this one is a follow-up to it ("Who paid for
   * it?" after a question on a seminar): users ask follow-ups the reports cannot answer too.
   */
  after: GoldTurnSchema.optional(),
  question: text,
  /** Why the corpus does not answer it (what it does say nearby, if anything). */
  note: text,
  /** True for questions unrelated to IOM and migration. */
  offTopic: z.boolean(),
  /** Strings an answering passage would need; verify.ts checks that no report contains them. */
  absent: z.array(text),
});

export const GoldItemSchema = z.discriminatedUnion('type', [SingleItemSchema, FollowUpItemSchema, UnanswerableItemSchema]);
export const GoldFileSchema = z.array(GoldItemSchema);

export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type GoldSplit = (typeof GOLD_SPLITS)[number];
export type GoldAnswer = z.infer<typeof GoldAnswerSchema>;
export type GoldTurn = z.infer<typeof GoldTurnSchema>;
export type SingleItem = z.infer<typeof SingleItemSchema>;
export type FollowUpItem = z.infer<typeof FollowUpItemSchema>;
export type UnanswerableItem = z.infer<typeof UnanswerableItemSchema>;
export type GoldItem = z.infer<typeof GoldItemSchema>;

/** The folder holding dev.json and test.json. */
export const GOLD_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Loads and validates one split of the gold set, or both ('all', dev first).
 * @example const items = loadGold('dev'); // GoldItem[]
 * @throws GoldSetError GOLD_FILE_UNREADABLE | GOLD_SCHEMA_INVALID
 */
export function loadGold(split: GoldSplit | 'all', options: { dir?: string } = {}): GoldItem[] {
  const dir = options.dir ?? GOLD_DIR;
  const splits: readonly GoldSplit[] = split === 'all' ? GOLD_SPLITS : [split];
  return splits.flatMap((name) => parseGoldFile(join(dir, `${name}.json`)));
}

function parseGoldFile(path: string): GoldItem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new GoldSetError('GOLD_FILE_UNREADABLE', `Cannot read gold file ${path}: ${(cause as Error).message}`, { cause });
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new GoldSetError('GOLD_SCHEMA_INVALID', `Gold file ${path} does not match the schema:\n${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
