/**
 * Websocket protocol v1 and the Answer/Citation shapes (DESIGN.md). One zod schema set,
 * shared by the server, the web client and the tests.
 */
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;
export const MAX_QUESTION_CHARS = 2000;
export const MAX_K = 50;

export const citationSchema = z.object({
  n: z.number().int(),
  passageId: z.string(),
  source: z.string(),
  title: z.string(),
  symbol: z.string().nullable(),
  date: z.string().nullable(),
  sectionPath: z.array(z.string()),
  paragraph: z.string().nullable(),
  page: z.number().int().nullable(),
  /** Verbatim span of the passage that supports the claim. */
  quote: z.string(),
  /** Offsets of `quote` in the source text. */
  start: z.number().int(),
  end: z.number().int(),
  score: z.number(),
  /** Human-readable citation: `MC/INF/302 — III. … › Point 1 — ¶ 16`. */
  ref: z.string(),
});
export type Citation = z.infer<typeof citationSchema>;

export const answerSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  question: z.string(),
  standaloneQuestion: z.string(),
  answer: z.string(),
  citations: z.array(citationSchema),
  abstained: z.boolean(),
  /** Closest passages offered when the answer abstains, clearly labelled as related, not as support. */
  related: z.array(citationSchema).optional(),
  timings: z.object({ retrieveMs: z.number(), composeMs: z.number(), totalMs: z.number() }),
});
export type Answer = z.infer<typeof answerSchema>;

/** A client-chosen request id; replies (and errors about the frame) echo it. */
export const requestIdSchema = z.string().min(1).max(128);
const conversationId = z.string().min(1).max(128);
export const askModeSchema = z.enum(['answer', 'excerpts']);
export type AskMode = z.infer<typeof askModeSchema>;

export const askFields = {
  question: z.string().trim().min(1, 'question is empty').max(MAX_QUESTION_CHARS, `question is over ${MAX_QUESTION_CHARS} characters`),
  conversationId: conversationId.optional(),
  mode: askModeSchema.optional(),
  k: z.number().int().min(1).max(MAX_K).optional(),
};

export const clientFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ask'), id: requestIdSchema, ...askFields }),
  z.object({ type: z.literal('reset'), conversationId }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;
export type AskFrame = Extract<ClientFrame, { type: 'ask' }>;

export const serverFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), protocol: z.literal(PROTOCOL_VERSION), documents: z.number().int(), passages: z.number().int(), embedder: z.string() }),
  // standaloneQuestion: how the question was read (a follow-up rewritten to stand alone), shown as soon as the answer
  // starts. Optional here and on excerpts: servers that speak the design document's v1 frames do not send it.
  z.object({ type: z.literal('answer-start'), id: z.string(), conversationId: z.string(), standaloneQuestion: z.string().optional() }),
  z.object({ type: z.literal('answer-delta'), id: z.string(), text: z.string() }),
  answerSchema.extend({ type: z.literal('answer-end') }),
  z.object({ type: z.literal('excerpts'), id: z.string(), conversationId: z.string(), standaloneQuestion: z.string().optional(), excerpts: z.array(citationSchema) }),
  z.object({ type: z.literal('reset-done'), conversationId: z.string() }),
  z.object({ type: z.literal('error'), id: z.string().nullable(), code: z.string(), message: z.string() }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;
