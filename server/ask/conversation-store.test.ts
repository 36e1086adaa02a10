import { describe, expect, it } from 'vitest';
import { createConversationStore } from './conversation-store';

const turn = (q: string) => ({ question: q, standaloneQuestion: q, answer: `answer to ${q}`, citations: [] });

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('conversation store', () => {
  it('creates conversations with unique uuid ids and appends turns', () => {
    const store = createConversationStore({ ttlMs: 1000, maxConversations: 10 });
    const a = store.create();
    const b = store.create();
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect(store.append(a.id, turn('one'))).toBe(true);
    expect(store.get(a.id)?.turns.map((t) => t.question)).toEqual(['one']);
    expect(store.get(b.id)?.turns).toEqual([]);
  });

  it('returns snapshots that callers cannot mutate', () => {
    const store = createConversationStore({ ttlMs: 1000, maxConversations: 10 });
    const { id } = store.create();
    store.append(id, turn('one'));
    (store.get(id)!.turns as unknown[]).push('junk');
    expect(store.get(id)!.turns).toHaveLength(1);
  });

  it('forgets a conversation idle longer than the TTL; use refreshes it', () => {
    const c = clock();
    const store = createConversationStore({ ttlMs: 1000, maxConversations: 10, now: c.now });
    const kept = store.create();
    const idle = store.create();
    c.advance(800);
    store.get(kept.id);
    c.advance(800);
    expect(store.get(idle.id)).toBeUndefined();
    expect(store.append(idle.id, turn('late'))).toBe(false);
    expect(store.get(kept.id)).toBeDefined();
    expect(store.size).toBe(1);
  });

  it('evicts the least recently used conversation when full', () => {
    const store = createConversationStore({ ttlMs: 60_000, maxConversations: 2 });
    const first = store.create();
    const second = store.create();
    store.get(first.id);
    const third = store.create();
    expect(store.size).toBe(2);
    expect(store.get(second.id)).toBeUndefined();
    expect(store.get(first.id)).toBeDefined();
    expect(store.get(third.id)).toBeDefined();
  });

  it('keeps only the most recent turns', () => {
    const store = createConversationStore({ ttlMs: 60_000, maxConversations: 2, maxTurns: 3 });
    const { id } = store.create();
    for (const q of ['a', 'b', 'c', 'd', 'e']) store.append(id, turn(q));
    expect(store.get(id)!.turns.map((t) => t.question)).toEqual(['c', 'd', 'e']);
  });

  it('resets one conversation and sweeps expired ones', () => {
    const c = clock();
    const store = createConversationStore({ ttlMs: 100, maxConversations: 10, now: c.now });
    const a = store.create();
    store.create();
    expect(store.reset(a.id)).toBe(true);
    expect(store.reset(a.id)).toBe(false);
    expect(store.size).toBe(1);
    c.advance(101);
    store.create();
    expect(store.sweep()).toBe(1);
    expect(store.size).toBe(1);
  });
});
