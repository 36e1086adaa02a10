/**
 * The chat: header, conversation log and composer, wired to one assistant connection.
 * The page mounts it in the document; the widget mounts the same thing in a shadow root.
 */
import type { AskMode, Citation, ServerFrame } from '../../../server/protocol';
import { AskQueue } from './ask-queue';
import { ChatHeader } from './chat-header';
import { CitationPopovers } from './citation-popover';
import { Composer } from './composer';
import { AssistantConnection, type ConnectionState } from './connection';
import { el } from './dom';
import { isFollowing, revealFromStart, scrollToEnd } from './follow-scroll';
import { randomId } from './ids';
import { TurnView } from './turn-view';
import type { ViewDeps } from './view-deps';

export type ChatOptions = {
  /** Base URL of the assistant server, ending with `/`. */
  baseUrl: string;
  title: string;
  variant: 'page' | 'widget';
  /** Extra header buttons (the widget's "Close"). */
  headerActions?: HTMLElement[];
};

type Turn = { view: TurnView; sentAt: number };

export class ChatView {
  readonly element: HTMLElement;
  private readonly header: ChatHeader;
  private readonly composer: Composer;
  private readonly log: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly refusal: HTMLElement;
  private readonly announcer: HTMLElement;
  private readonly connection: AssistantConnection;
  private readonly popovers: CitationPopovers;
  private readonly queue: AskQueue<Turn>;
  private readonly deps: ViewDeps;
  /** Named by the server in its first reply; undefined until then (a fresh conversation). */
  private conversationId: string | undefined;
  private lastState: ConnectionState['kind'] = 'idle';
  private everReady = false;

  constructor(private readonly options: ChatOptions) {
    this.connection = new AssistantConnection({
      baseUrl: options.baseUrl,
      onFrame: (frame) => this.onFrame(frame),
      onState: (state) => this.onState(state),
    });
    // The conversation id is filled in when the ask goes out, not when it is queued: the server may
    // have named the conversation (answer-start) in between, and a follow-up must carry that name.
    this.queue = new AskQueue((frame) => this.connection.send({ ...frame, conversationId: this.conversationId }));
    this.popovers = new CitationPopovers(() => this.deps);
    this.deps = {
      baseUrl: options.baseUrl,
      subheading: options.variant === 'page' ? 'h2' : 'h3',
      announce: (message) => this.announce(message),
      toggleCitation: (chip, slot, citation: Citation) => this.popovers.toggle(chip, slot, citation),
      askAgain: (question) => this.ask(question, 'answer'),
    };

    this.header = new ChatHeader(options.title, options.variant === 'page' ? 'h1' : 'h2', options.headerActions ?? [], () => this.connection.retryNow());
    this.header.newConversation.addEventListener('click', () => this.newConversation());
    this.composer = new Composer((question, mode) => this.ask(question, mode));
    this.empty = el('div', { class: 'rc-empty' }, [
      el('p', { class: 'rc-empty-title' }, ['Ask a question about the reports.']),
      el('p', {}, ['Every sentence of an answer cites the paragraph it comes from: select a number to read the quote and its context. Switch on “Excerpts only” to get the matching passages verbatim.']),
    ]);
    this.log = el('section', { class: 'rc-log', 'aria-label': 'Conversation' }, [this.empty]);
    this.refusal = el('div', { class: 'rc-refusal', role: 'alert', hidden: true }, [
      el('p', { class: 'rc-refusal-title' }, ['This site is not allowed to use the assistant.']),
      el('p', {}, ['The assistant server refused the connection from this page. Ask its administrator to add this site to ALLOWED_ORIGINS.']),
    ]);
    this.announcer = el('div', { class: 'rc-visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.element = el('div', { class: `rc rc-${options.variant}` }, [
      this.header.element, this.refusal, this.log, this.composer.element, this.announcer,
    ]);
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.popovers.close(false)) event.stopPropagation();
    });
  }

  /** Opens the connection (the widget waits until its panel is first opened). */
  start(): void {
    this.connection.connect();
  }

  focusInput(): void {
    this.composer.focus();
  }

  destroy(): void {
    this.connection.close();
    this.header.destroy();
    this.element.remove();
  }

  private ask(question: string, mode: AskMode): void {
    if (this.connection.current.kind === 'refused') return;
    const view = new TurnView(question, mode, this.deps);
    this.empty.remove();
    this.log.append(view.element);
    const frame = { type: 'ask' as const, id: randomId(), question, mode };
    const turn: Turn = { view, sentAt: Date.now() };
    const outcome = this.queue.enqueue({ frame, item: turn });
    view.waiting(outcome === 'sent' ? 'sent' : this.connection.current.kind === 'ready' ? 'queued-busy' : 'queued-offline');
    scrollToEnd(this.log);
  }

  private newConversation(): void {
    const previous = this.conversationId;
    this.conversationId = undefined;
    this.queue.clear();
    this.popovers.close(false);
    if (previous) this.connection.send({ type: 'reset', conversationId: previous });
    this.log.replaceChildren(this.empty);
    this.announce('Started a new conversation.');
    this.composer.focus();
  }

  private onFrame(frame: ServerFrame): void {
    if (frame.type === 'ready') return this.pump();
    if (frame.type === 'reset-done') return;
    const following = isFollowing(this.log);
    const turn = this.handleTurnFrame(frame);
    if (turn && following) revealFromStart(this.log, turn.view.answerElement, turn.view.questionElement);
  }

  private handleTurnFrame(frame: Exclude<ServerFrame, { type: 'ready' | 'reset-done' }>): Turn | null {
    switch (frame.type) {
      case 'answer-start': {
        this.conversationId = frame.conversationId;
        const turn = this.turn(frame.id);
        turn?.view.start(frame.standaloneQuestion);
        return turn;
      }
      case 'answer-delta': {
        const turn = this.turn(frame.id);
        turn?.view.delta(frame.text);
        return turn;
      }
      case 'answer-end': {
        const turn = this.settle(frame.id);
        this.conversationId = frame.conversationId;
        turn?.view.end(frame, Date.now() - turn.sentAt);
        this.pump();
        return turn;
      }
      case 'excerpts': {
        const turn = this.settle(frame.id);
        this.conversationId = frame.conversationId;
        turn?.view.showExcerpts(frame.excerpts, frame.standaloneQuestion, Date.now() - turn.sentAt);
        this.pump();
        return turn;
      }
      case 'error': {
        const turn = frame.id ? this.settle(frame.id) : null;
        if (turn) turn.view.fail(frame.message);
        else this.announce(`The assistant reported a problem: ${frame.message}`);
        this.pump();
        return turn;
      }
    }
  }

  private onState(state: ConnectionState): void {
    const changed = state.kind !== this.lastState;
    const wasReady = this.lastState === 'ready';
    this.lastState = state.kind;
    this.header.show(state);
    if (!changed) return;
    if (wasReady && state.kind !== 'ready') {
      const lost = this.queue.requeueInFlight();
      lost?.item.view.waiting('resending');
      this.announce('Connection lost. Reconnecting…');
    }
    if (state.kind === 'ready' && this.everReady) this.announce('Connected again.');
    if (state.kind === 'ready') this.everReady = true;
    if (state.kind === 'refused') this.showRefusal();
  }

  private showRefusal(): void {
    this.refusal.hidden = false;
    this.empty.remove();
    this.composer.setEnabled(false);
    for (const ask of this.queue.clear()) ask.item.view.fail('This site is not allowed to use the assistant.');
  }

  private pump(): void {
    for (let sent = this.queue.pump(); sent; sent = this.queue.pump()) {
      sent.item.sentAt = Date.now();
      sent.item.view.waiting('sent');
    }
    const reason = this.connection.current.kind === 'ready' ? 'queued-busy' : 'queued-offline';
    for (const waiting of this.queue.queued) waiting.item.view.waiting(reason);
  }

  private turn(id: string): Turn | null {
    return this.queue.find(id)?.item ?? null;
  }

  private settle(id: string): Turn | null {
    return this.queue.settle(id)?.item ?? null;
  }

  private announce(message: string): void {
    // Re-set the text so repeating the same message is announced again.
    this.announcer.textContent = '';
    setTimeout(() => (this.announcer.textContent = message), 50);
  }
}
