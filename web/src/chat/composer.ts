/**
 * The question box: Enter sends, Shift+Enter adds a line; an "Excerpts only" switch picks
 * the mode. It validates length here so an over-long question is refused before it is sent.
 */
import type { AskMode } from '../../../server/protocol';
import { el, icon, ICONS, uniqueId } from './dom';

/** Mirrors MAX_QUESTION_CHARS in server/protocol.ts (importing it would bundle zod; a test keeps them equal). */
export const MAX_QUESTION_CHARS = 2000;
const MAX_INPUT_HEIGHT_PX = 160;

export type ComposerSubmit = (question: string, mode: AskMode) => void;

export class Composer {
  readonly element: HTMLFormElement;
  readonly input: HTMLTextAreaElement;
  private readonly excerpts: HTMLInputElement;
  private readonly hint: HTMLElement;
  private readonly sendButton: HTMLButtonElement;

  constructor(onSubmit: ComposerSubmit) {
    const inputId = uniqueId('rc-question');
    const hintId = uniqueId('rc-hint');
    this.input = el('textarea', {
      id: inputId, class: 'rc-input', rows: 1, 'aria-describedby': hintId,
      placeholder: 'Ask about the reports…', autocomplete: 'off', spellcheck: 'true',
    });
    this.excerpts = el('input', { type: 'checkbox', class: 'rc-switch-input' });
    this.hint = el('span', { id: hintId, class: 'rc-hint', 'aria-live': 'polite' }, ['Enter to send · Shift+Enter for a new line']);
    this.sendButton = el('button', { type: 'submit', class: 'rc-btn rc-btn-primary rc-send' }, [icon(ICONS.send, 16), 'Send']);
    this.element = el('form', { class: 'rc-composer', novalidate: true }, [
      el('label', { for: inputId, class: 'rc-composer-label' }, ['Your question']),
      el('div', { class: 'rc-composer-row' }, [this.input, this.sendButton]),
      el('div', { class: 'rc-composer-options' }, [
        el('label', { class: 'rc-switch', title: 'List verbatim passages instead of a written answer' }, [
          this.excerpts, el('span', { class: 'rc-switch-track', 'aria-hidden': 'true' }), 'Excerpts only',
        ]),
        this.hint,
      ]),
    ]);

    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        if (typeof this.element.requestSubmit === 'function') this.element.requestSubmit();
        else this.element.dispatchEvent(new Event('submit', { cancelable: true }));
      }
    });
    this.input.addEventListener('input', () => this.autosize());
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      const question = this.input.value.trim();
      if (!question) return this.setHint('Type a question first.', true);
      if (question.length > MAX_QUESTION_CHARS) {
        return this.setHint(`The question is ${question.length} characters long; the limit is ${MAX_QUESTION_CHARS}.`, true);
      }
      this.input.value = '';
      this.autosize();
      this.setHint('Enter to send · Shift+Enter for a new line', false);
      onSubmit(question, this.excerpts.checked ? 'excerpts' : 'answer');
      this.input.focus();
    });
  }

  setEnabled(enabled: boolean): void {
    this.input.disabled = !enabled;
    this.sendButton.disabled = !enabled;
    this.excerpts.disabled = !enabled;
  }

  focus(): void {
    this.input.focus();
  }

  private setHint(text: string, isError: boolean): void {
    this.hint.textContent = text;
    this.hint.classList.toggle('rc-hint-error', isError);
    if (isError) this.input.focus();
  }

  private autosize(): void {
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight + 2, MAX_INPUT_HEIGHT_PX)}px`;
  }
}
