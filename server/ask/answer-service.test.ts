import { describe, expect, it } from 'vitest';
import { FakeComposer, FakeCorpusIndex, FakeRewriter } from '../../test-support/server-fakes';
import { answerSchema, type Answer } from '../protocol';
import { createAnswerService, DEFAULT_K, type AskRequest } from './answer-service';
import { createConversationStore } from './conversation-store';

function setup() {
  const index = new FakeCorpusIndex();
  const composer = new FakeComposer();
  const rewriter = new FakeRewriter();
  const conversations = createConversationStore({ ttlMs: 60_000, maxConversations: 10 });
  const service = createAnswerService({ index, composer, rewriter, conversations });
  const answer = async (request: AskRequest): Promise<Answer> => {
    const result = await service.ask(request);
    if (result.mode !== 'answer') throw new Error('expected an answer');
    return answerSchema.parse(result.answer);
  };
  return { index, composer, rewriter, conversations, service, answer };
}

describe('answer service', () => {
  it('answers a first question in a new conversation, retrieving k=8 by default', async () => {
    const { index, composer, rewriter, answer, conversations } = setup();
    const result = await answer({ id: 'q1', question: '  What did labour migration programmes do in Asia? ' });
    expect(result.id).toBe('q1');
    expect(result.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.question).toBe('What did labour migration programmes do in Asia?');
    expect(result.standaloneQuestion).toBe(result.question);
    expect(result.citations[0].passageId).toBe('alpha.txt#3');
    expect(result.abstained).toBe(false);
    expect(index.retrieveCalls).toEqual([{ query: result.question, options: { k: DEFAULT_K } }]);
    expect(composer.calls).toHaveLength(1);
    expect(rewriter.calls).toEqual([]); // nothing to resolve against yet
    expect(conversations.get(result.conversationId)?.turns).toHaveLength(1);
  });

  it('measures timings that add up', async () => {
    const { answer } = setup();
    const { timings } = await answer({ question: 'budget for 2008' });
    for (const value of Object.values(timings)) expect(value).toBeGreaterThanOrEqual(0);
    expect(timings.totalMs).toBeGreaterThanOrEqual(timings.retrieveMs + timings.composeMs - 0.02);
  });

  it('rewrites a follow-up with the earlier turns and retrieves with the standalone question', async () => {
    const { index, rewriter, answer } = setup();
    const first = await answer({ question: 'programme budget' });
    const second = await answer({ question: 'And in 2008?', conversationId: first.conversationId, k: 3 });
    expect(second.conversationId).toBe(first.conversationId);
    expect(rewriter.calls).toEqual([{ historyLength: 1, question: 'And in 2008?' }]);
    expect(second.standaloneQuestion).toBe('And in 2008? (following: programme budget)');
    expect(second.question).toBe('And in 2008?');
    // Searched deeper, so the passages around the previous answer can come first; the composer still gets k.
    expect(index.retrieveCalls[1]).toEqual({ query: second.standaloneQuestion, options: { k: 50 } });
  });

  it('gives a follow-up the passages around the previous answer first, and where that answer quoted', async () => {
    const { composer, answer } = setup();
    const first = await answer({ question: 'Which point concerns secure services for migrants?' });
    expect(first.citations[0].passageId).toBe('alpha.txt#2');
    await answer({ question: 'And the programmes in Asia?', conversationId: first.conversationId, k: 3 });
    const { retrieved, focus, asked } = composer.calls[1];
    expect(retrieved).toHaveLength(3);
    // The composer also hears the follow-up as asked, to tell the rewrite's words from the user's.
    expect(asked).toBe('And the programmes in Asia?');
    expect(composer.calls[0].asked).toBeUndefined();
    // alpha #1–#3 sit around the cited #2; those the rewritten question retrieves lead, best first.
    const near = retrieved.filter((hit) => ['alpha.txt#1', 'alpha.txt#2', 'alpha.txt#3'].includes(hit.passage.id));
    expect(near.length).toBeGreaterThan(0);
    expect(retrieved.slice(0, near.length)).toEqual(near);
    expect(focus).toEqual(first.citations);
  });

  it('treats a question that points back as a follow-up even when no rewrite could resolve it', async () => {
    const index = new FakeCorpusIndex();
    const unchanged = { rewrite: (_history: unknown, question: string) => question };
    const conversations = createConversationStore({ ttlMs: 60_000, maxConversations: 10 });
    const service = createAnswerService({ index, composer: new FakeComposer(), rewriter: unchanged, conversations });
    const first = await service.ask({ question: 'Which body did IOM work with on good practices?' });
    const conversationId = first.mode === 'answer' ? first.answer.conversationId : '';
    await service.ask({ question: 'What was the resulting publication called?', conversationId });
    await service.ask({ question: 'What did labour migration programmes do in Asia?', conversationId });
    // Searched deep so the passages around the previous answer come first; a self-contained question is not.
    expect(index.retrieveCalls.map((c) => c.options?.k)).toEqual([DEFAULT_K, 50, DEFAULT_K]);
  });

  it('gives a first question no focus', async () => {
    const { composer, answer } = setup();
    await answer({ question: 'programme budget' });
    expect(composer.calls[0].focus).toEqual([]);
  });

  it('starts a new conversation for an unknown id instead of adopting the client id', async () => {
    const { answer, rewriter } = setup();
    const result = await answer({ question: 'programme budget', conversationId: 'made-up' });
    expect(result.conversationId).not.toBe('made-up');
    expect(rewriter.calls).toEqual([]);
  });

  it('abstains when nothing is retrieved', async () => {
    const { answer } = setup();
    const result = await answer({ question: 'zebra quantum' });
    expect(result).toMatchObject({ abstained: true, citations: [] });
  });

  it('returns ranked whole-passage excerpts without composing, and keeps the turn', async () => {
    const { service, composer, conversations, index } = setup();
    const result = await service.ask({ id: 'e1', question: 'migration strategy', mode: 'excerpts', k: 2 });
    if (result.mode !== 'excerpts') throw new Error('expected excerpts');
    const { excerpts, conversationId, id } = result.result;
    expect(id).toBe('e1');
    expect(excerpts.map((e) => e.n)).toEqual([1, 2]);
    expect(excerpts[0].score).toBeGreaterThanOrEqual(excerpts[1].score);
    for (const excerpt of excerpts) expect(excerpt.quote).toBe(index.getPassage(excerpt.passageId)!.text);
    expect(composer.calls).toEqual([]);
    expect(conversations.get(conversationId)?.turns).toHaveLength(1);
  });

  it('forgets a conversation on reset', async () => {
    const { service, answer, rewriter } = setup();
    const first = await answer({ question: 'programme budget' });
    expect(service.reset(first.conversationId)).toBe(true);
    const next = await answer({ question: 'And in 2008?', conversationId: first.conversationId });
    expect(next.conversationId).not.toBe(first.conversationId);
    expect(rewriter.calls).toEqual([]);
  });

  it('lets retrieval failures propagate to the caller', async () => {
    const { service, index } = setup();
    index.failWith = new Error('disk gone');
    await expect(service.ask({ question: 'budget' })).rejects.toThrow('disk gone');
  });
});
