import { describe, expect, it } from 'vitest';
import type { AskFrame } from '../../../server/protocol';
import { AskQueue } from './ask-queue';

const ask = (id: string): { frame: AskFrame; item: string } => ({ frame: { type: 'ask', id, question: `q ${id}` }, item: id });

function setup(online = true) {
  const sent: string[] = [];
  const state = { online };
  const queue = new AskQueue<string>((frame) => (state.online ? (sent.push(frame.id), true) : false));
  return { sent, state, queue };
}

describe('AskQueue', () => {
  it('sends one ask at a time, the next only after the previous settles', () => {
    const { sent, queue } = setup();
    expect(queue.enqueue(ask('a'))).toBe('sent');
    expect(queue.enqueue(ask('b'))).toBe('queued');
    expect(sent).toEqual(['a']);
    expect(queue.settle('a')?.item).toBe('a');
    expect(queue.pump()?.item).toBe('b');
    expect(sent).toEqual(['a', 'b']);
  });

  it('keeps asks while offline and sends them in order once back', () => {
    const { sent, state, queue } = setup(false);
    queue.enqueue(ask('a'));
    queue.enqueue(ask('b'));
    expect(sent).toEqual([]);
    state.online = true;
    expect(queue.pump()?.item).toBe('a');
    expect(queue.pump()).toBeNull(); // 'a' is in flight
    queue.settle('a');
    queue.pump();
    expect(sent).toEqual(['a', 'b']);
  });

  it('puts the in-flight ask back at the front when the connection drops', () => {
    const { sent, state, queue } = setup();
    queue.enqueue(ask('a'));
    queue.enqueue(ask('b'));
    state.online = false;
    expect(queue.requeueInFlight()?.item).toBe('a');
    expect(queue.queued.map((q) => q.item)).toEqual(['a', 'b']);
    state.online = true;
    queue.pump();
    expect(sent).toEqual(['a', 'a']);
  });

  it('settles a queued ask that failed before being sent, and clears everything', () => {
    const { queue } = setup(false);
    queue.enqueue(ask('a'));
    queue.enqueue(ask('b'));
    expect(queue.settle('b')?.item).toBe('b');
    expect(queue.settle('zzz')).toBeNull();
    expect(queue.clear().map((q) => q.item)).toEqual(['a']);
    expect(queue.find('a')).toBeNull();
  });
});
