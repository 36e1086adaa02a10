/**
 * In-memory conversations for follow-up questions: bounded in count (least recently used
 * evicted first), in age (idle TTL) and in length (oldest turns dropped).
 */
import { randomUUID } from 'node:crypto';
import type { Citation } from '../protocol';

export type ConversationTurn = {
  question: string;
  standaloneQuestion: string;
  answer: string;
  citations: Citation[];
};

export type Conversation = { readonly id: string; readonly turns: readonly ConversationTurn[] };

export type ConversationStoreOptions = {
  ttlMs: number;
  maxConversations: number;
  /** Older turns are dropped; follow-ups only need the recent context. */
  maxTurns?: number;
  now?: () => number;
};

export interface ConversationStore {
  /** The live conversation with this id (refreshing its TTL), or undefined when unknown or expired. */
  get(id: string): Conversation | undefined;
  /** A new empty conversation with a server-generated id. */
  create(): Conversation;
  /** Appends a turn; returns false when the conversation is gone (expired or reset meanwhile). */
  append(id: string, turn: ConversationTurn): boolean;
  /** Forgets one conversation; returns whether it existed. */
  reset(id: string): boolean;
  /** Drops expired conversations; returns how many. */
  sweep(): number;
  clear(): void;
  readonly size: number;
}

type Entry = { id: string; turns: ConversationTurn[]; touchedAt: number };

/**
 * @example const store = createConversationStore({ ttlMs: 30 * 60_000, maxConversations: 1000 });
 */
export function createConversationStore(options: ConversationStoreOptions): ConversationStore {
  const { ttlMs, maxConversations, maxTurns = 20, now = () => Date.now() } = options;
  // Map iteration order is insertion order: re-inserting on use keeps the LRU entry first.
  const entries = new Map<string, Entry>();

  const expired = (entry: Entry, at: number) => at - entry.touchedAt > ttlMs;

  function live(id: string): Entry | undefined {
    const entry = entries.get(id);
    if (!entry) return undefined;
    const at = now();
    entries.delete(id);
    if (expired(entry, at)) return undefined;
    entry.touchedAt = at;
    entries.set(id, entry);
    return entry;
  }

  const view = (entry: Entry): Conversation => ({ id: entry.id, turns: entry.turns.slice() });

  return {
    get: (id) => {
      const entry = live(id);
      return entry && view(entry);
    },
    create() {
      while (entries.size >= maxConversations) entries.delete(entries.keys().next().value as string);
      const entry: Entry = { id: randomUUID(), turns: [], touchedAt: now() };
      entries.set(entry.id, entry);
      return view(entry);
    },
    append(id, turn) {
      const entry = live(id);
      if (!entry) return false;
      entry.turns.push(turn);
      if (entry.turns.length > maxTurns) entry.turns.splice(0, entry.turns.length - maxTurns);
      return true;
    },
    reset: (id) => entries.delete(id),
    sweep() {
      const at = now();
      let dropped = 0;
      for (const entry of entries.values()) {
        if (expired(entry, at)) {
          entries.delete(entry.id);
          dropped++;
        }
      }
      return dropped;
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
