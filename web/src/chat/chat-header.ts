/**
 * Title, corpus size from the `ready` frame, and a connection line that says plainly when the
 * assistant is offline or refusing this site.
 */
import type { ConnectionState } from './connection';
import { el, icon, ICONS } from './dom';

export class ChatHeader {
  readonly element: HTMLElement;
  readonly newConversation: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly statusText: Text;
  private readonly retry: HTMLButtonElement;
  private corpus = '';
  private countdown: ReturnType<typeof setInterval> | undefined;

  constructor(title: string, headingLevel: 'h1' | 'h2', extras: HTMLElement[], onRetry: () => void) {
    this.statusText = document.createTextNode('Connecting…');
    this.retry = el('button', { type: 'button', class: 'rc-link-btn', hidden: true }, ['Retry now']);
    this.retry.addEventListener('click', onRetry);
    this.status = el('p', { class: 'rc-conn', 'data-state': 'connecting' }, [
      el('span', { class: 'rc-conn-dot', 'aria-hidden': 'true' }),
      el('span', { class: 'rc-conn-text' }, [this.statusText]),
      this.retry,
    ]);
    this.newConversation = el('button', { type: 'button', class: 'rc-btn rc-btn-quiet' }, [
      icon(ICONS.plus, 16), 'New', el('span', { class: 'rc-collapse-narrow' }, [' conversation']),
    ]);
    this.element = el('header', { class: 'rc-header' }, [
      el('div', { class: 'rc-brand' }, [el(headingLevel, { class: 'rc-title' }, [title]), this.status]),
      el('div', { class: 'rc-header-actions' }, [this.newConversation, ...extras]),
    ]);
  }

  show(state: ConnectionState): void {
    clearInterval(this.countdown);
    this.status.dataset.state = state.kind;
    this.retry.hidden = state.kind !== 'offline';
    switch (state.kind) {
      case 'idle':
        this.statusText.data = 'Not connected';
        break;
      case 'connecting':
        this.statusText.data = state.reconnect || state.attempt > 1 ? 'Reconnecting…' : 'Connecting…';
        break;
      case 'ready': {
        const { documents, passages } = state.info;
        this.corpus = `${documents.toLocaleString('en')} document${documents === 1 ? '' : 's'} · ${passages.toLocaleString('en')} passages`;
        this.statusText.data = this.corpus;
        break;
      }
      case 'offline': {
        const tick = () => {
          const seconds = Math.max(0, Math.ceil((state.retryAt - Date.now()) / 1000));
          this.statusText.data = `Connection lost. Reconnecting${seconds ? ` in ${seconds} s` : '…'}`;
        };
        tick();
        this.countdown = setInterval(tick, 1000);
        break;
      }
      case 'refused':
        this.statusText.data = 'Not available on this site';
        break;
    }
  }

  destroy(): void {
    clearInterval(this.countdown);
  }
}
