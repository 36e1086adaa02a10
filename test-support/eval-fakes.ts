/**
 * Hand-written fakes for the eval runner: a scripted answer service and scripted retrieval systems that
 * record what they were asked. No index, no embedder: eval tests stay fast.
 */
import type { AnswerService, AskRequest, AskResult } from '../server/ask/answer-service';
import type { Answer, Citation } from '../server/protocol';
import type { GoldAnswer } from '../eval/gold/schema';
import type { RankedUnit, RetrievalSystem } from '../eval/systems/retrieval-system';

export const FAKE_SOURCE = 'report.txt';
export const FAKE_TEXT = [
  'Annual report',
  '1. In 2007 IOM assisted 1,600 victims of trafficking in nine countries.',
  '2. The assistance was provided in Asia and in Africa.',
  '3. The Emergency Preparedness Account funded rapid deployments to Haiti.',
  '4. Staff training covered procurement rules and security procedures.',
].join('\n');

/** The span of `quote` in FAKE_TEXT. */
export function span(quote: string): { start: number; end: number } {
  const start = FAKE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in FAKE_TEXT: ${quote}`);
  return { start, end: start + quote.length };
}

export function goldAnswer(quote: string, facts: string[]): GoldAnswer {
  return { source: FAKE_SOURCE, quote, section: null, paragraph: null, facts, kind: 'what', paraphrased: false };
}

export function citation(n: number, quote: string): Citation {
  const { start, end } = span(quote);
  return {
    n, passageId: `p${start}`, source: FAKE_SOURCE, title: 'Annual report', symbol: null, date: null,
    sectionPath: [], paragraph: null, page: null, quote, start, end, score: 1, ref: `Annual report — chars ${start}`,
  };
}

/** A unit of FAKE_TEXT covering `quote` exactly. */
export function unitOf(quote: string): RankedUnit {
  return { source: FAKE_SOURCE, ...span(quote), text: quote, label: quote.slice(0, 20) };
}

export type ScriptedReply = { answer: string; citations?: Citation[]; abstained?: boolean; standaloneQuestion?: string; totalMs?: number };

/** Answers from a script keyed by question; records every request. Keeps conversation ids like the real one. */
export class ScriptedAnswerService implements AnswerService {
  readonly requests: AskRequest[] = [];
  readonly resets: string[] = [];
  private nextConversation = 1;

  constructor(private readonly script: Record<string, ScriptedReply>) {}

  async ask(request: AskRequest): Promise<AskResult> {
    this.requests.push(request);
    const reply = this.script[request.question];
    if (!reply) throw new Error(`no scripted reply for ${request.question}`);
    const answer: Answer = {
      id: `a${this.requests.length}`,
      conversationId: request.conversationId ?? `c${this.nextConversation++}`,
      question: request.question,
      standaloneQuestion: reply.standaloneQuestion ?? request.question,
      answer: reply.answer,
      citations: reply.citations ?? [],
      abstained: reply.abstained ?? false,
      timings: { retrieveMs: 1, composeMs: 1, totalMs: reply.totalMs ?? 2 },
    };
    return { mode: 'answer', answer };
  }

  reset(conversationId: string): boolean {
    this.resets.push(conversationId);
    return true;
  }
}

/** Returns scripted units per query (nothing for unknown queries); records every query. */
export class ScriptedRetrievalSystem implements RetrievalSystem {
  readonly queries: { query: string; k: number }[] = [];

  constructor(
    readonly id: string,
    private readonly script: Record<string, RankedUnit[]>,
    readonly label = `scripted ${id}`,
  ) {}

  async retrieve(query: string, k: number): Promise<RankedUnit[]> {
    this.queries.push({ query, k });
    return this.script[query] ?? [];
  }
}
