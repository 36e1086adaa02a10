/**
 * One question and what came back: a streamed answer with citation chips, an abstention with
 * related passages, a list of excerpts, or an error. All corpus text goes in as text nodes.
 */
import type { Answer, AskMode, Citation } from '../../../server/protocol';
import { AnswerMarkerStream, splitAnswer, type AnswerSegment } from './answer-markers';
import { answerMarkdown } from './citation-format';
import { copyButton } from './copy-button';
import { append, el, uniqueId } from './dom';
import { readsDifferently } from './question-reading';
import { sourceCard } from './source-card';
import type { ViewDeps } from './view-deps';

export type WaitReason = 'sent' | 'queued-offline' | 'queued-busy' | 'resending';

const WAIT_TEXT: Record<WaitReason, string> = {
  sent: 'Searching the reports…',
  'queued-offline': 'Offline: will send when reconnected',
  'queued-busy': 'Waiting for the previous answer…',
  resending: 'Connection lost: will ask again when reconnected',
};

export const ABSTAIN_FALLBACK = 'The reports do not say.';

export class TurnView {
  readonly element: HTMLElement;
  private readonly section: HTMLElement;
  private readonly questionBubble: HTMLElement;
  private readonly reading: HTMLElement;
  private readonly label: Text;
  private readonly status: Text;
  private readonly body: HTMLElement;
  private readonly text: HTMLElement;
  private readonly popoverSlot: HTMLElement;
  private readonly footer: HTMLElement;
  private stream = new AnswerMarkerStream();
  private chips: HTMLButtonElement[] = [];
  private finished = false;

  constructor(readonly question: string, readonly mode: AskMode, private readonly deps: ViewDeps) {
    const labelId = uniqueId('rc-answer-label');
    this.label = document.createTextNode(mode === 'excerpts' ? 'Excerpts' : 'Answer');
    this.status = document.createTextNode('');
    this.reading = el('p', { class: 'rc-question-reading' });
    this.text = el('p', { class: 'rc-answer-text' });
    this.body = el('div', { class: 'rc-answer-body', 'aria-live': 'polite', 'aria-busy': 'true' }, [this.text]);
    this.popoverSlot = el('div', { class: 'rc-popover-slot' });
    this.footer = el('div', { class: 'rc-answer-footer' });
    this.section = el('section', { class: 'rc-answer rc-pending', 'aria-labelledby': labelId }, [
      el('div', { class: 'rc-answer-head' }, [
        el('span', { id: labelId, class: 'rc-answer-label' }, [this.label]),
        el('span', { class: 'rc-answer-status' }, [this.status]),
      ]),
      this.body,
      this.popoverSlot,
      this.footer,
    ]);
    this.questionBubble = el('div', { class: 'rc-question' }, [
      el('span', { class: 'rc-visually-hidden' }, ['You asked: ']),
      el('p', { class: 'rc-question-text' }, [question]),
      this.reading,
    ]);
    this.element = el('article', { class: 'rc-turn', 'data-mode': mode }, [this.questionBubble, this.section]);
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /** The answer part of the turn (for scrolling it into view). */
  get answerElement(): HTMLElement {
    return this.section;
  }

  /** The question bubble, with how it was read (kept in view above its answer). */
  get questionElement(): HTMLElement {
    return this.questionBubble;
  }

  waiting(reason: WaitReason): void {
    this.status.data = WAIT_TEXT[reason];
    if (reason === 'resending') this.resetStream();
  }

  start(standaloneQuestion?: string): void {
    if (standaloneQuestion !== undefined) this.showReading(standaloneQuestion);
    this.status.data = this.mode === 'excerpts' ? 'Searching the reports…' : 'Writing the answer…';
  }

  delta(chunk: string): void {
    this.appendSegments(this.stream.push(chunk));
  }

  end(answer: Answer, elapsedMs?: number): void {
    this.showReading(answer.standaloneQuestion);
    this.appendSegments(this.stream.flush());
    if (this.stream.text.trim() !== answer.answer.trim() || this.text.childNodes.length === 0) {
      this.resetStream();
      this.appendSegments(splitAnswer(answer.answer));
    }
    this.finish(elapsedMs);
    if (answer.abstained) {
      this.renderAbstention(answer);
      return;
    }
    const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
    for (const chip of this.chips) this.bindChip(chip, byNumber.get(Number(chip.dataset.n)));
    this.renderSources(answer);
  }

  showExcerpts(excerpts: Citation[], standaloneQuestion: string | undefined, elapsedMs?: number): void {
    if (standaloneQuestion !== undefined) this.showReading(standaloneQuestion);
    this.resetStream();
    this.finish(elapsedMs);
    this.text.append(excerpts.length
      ? `${excerpts.length} passage${excerpts.length === 1 ? '' : 's'}, quoted verbatim.`
      : 'No passages matched this question.');
    if (!excerpts.length) return;
    this.footer.append(el('ol', { class: 'rc-excerpts', 'aria-label': 'Excerpts' },
      excerpts.map((c) => el('li', {}, [sourceCard(c, this.deps, { showNumber: true })]))));
  }

  fail(message: string): void {
    this.resetStream();
    this.finish();
    this.section.classList.add('rc-failed');
    this.label.data = 'Not answered';
    this.text.append(message);
    const again = el('button', { type: 'button', class: 'rc-btn rc-btn-small' }, ['Ask again']);
    again.addEventListener('click', () => this.deps.askAgain(this.question));
    this.footer.replaceChildren(el('div', { class: 'rc-actions' }, [again]));
  }

  /** Under the question, how the server read it (a follow-up rewritten to stand alone). */
  private showReading(standaloneQuestion: string): void {
    this.reading.replaceChildren();
    if (!readsDifferently(this.question, standaloneQuestion)) return;
    append(this.reading, [el('span', { class: 'rc-question-reading-label' }, ['Read as: ']), standaloneQuestion.trim()]);
  }

  private finish(elapsedMs?: number): void {
    this.finished = true;
    this.section.classList.remove('rc-pending');
    this.body.setAttribute('aria-busy', 'false');
    this.status.data = elapsedMs === undefined ? '' : elapsedMs < 1000 ? `${Math.max(1, Math.round(elapsedMs))} ms` : `${(elapsedMs / 1000).toFixed(1)} s`;
  }

  private resetStream(): void {
    this.stream = new AnswerMarkerStream();
    this.chips = [];
    this.text.replaceChildren();
    this.footer.replaceChildren();
    this.popoverSlot.replaceChildren();
  }

  private appendSegments(segments: AnswerSegment[]): void {
    for (const s of segments) {
      if (s.kind === 'text') {
        this.text.append(s.text);
        continue;
      }
      // Chips appear while streaming (inactive) so nothing reflows when the citations arrive.
      const chip = el('button', {
        type: 'button', class: 'rc-chip', 'data-n': s.n, disabled: true,
        'aria-label': `Source ${s.n}`, 'aria-haspopup': 'dialog', 'aria-expanded': 'false',
      }, [String(s.n)]);
      this.chips.push(chip);
      this.text.append(chip);
    }
  }

  private bindChip(chip: HTMLButtonElement, citation: Citation | undefined): void {
    if (!citation) {
      chip.replaceWith(document.createTextNode(`[${chip.dataset.n}]`));
      return;
    }
    chip.disabled = false;
    chip.setAttribute('aria-label', `Source ${citation.n}: ${citation.ref}`);
    chip.title = citation.ref;
    chip.addEventListener('click', () => this.deps.toggleCitation(chip, this.popoverSlot, citation));
  }

  private renderSources(answer: Answer): void {
    const items = [...answer.citations].sort((a, b) => a.n - b.n).map((c) => {
      const open = el('button', { type: 'button', class: 'rc-source-link', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' }, [
        el('span', { class: 'rc-source-link-n' }, [String(c.n)]),
        el('span', { class: 'rc-source-link-ref' }, [c.ref]),
      ]);
      open.addEventListener('click', () => this.deps.toggleCitation(open, this.popoverSlot, c));
      return el('li', {}, [open]);
    });
    append(this.footer, [
      items.length ? el('div', { class: 'rc-sources' }, [
        el(this.deps.subheading, { class: 'rc-subtitle' }, ['Sources']),
        el('ol', { class: 'rc-source-list' }, items),
      ]) : null,
      el('div', { class: 'rc-actions' }, [copyButton(() => answerMarkdown(answer), this.deps, 'Copy with citation')]),
    ]);
  }

  private renderAbstention(answer: Answer): void {
    this.section.classList.add('rc-abstained');
    this.label.data = 'No answer in the reports';
    if (!answer.answer.trim()) this.text.append(ABSTAIN_FALLBACK);
    for (const chip of this.chips) this.bindChip(chip, undefined);
    const related = answer.related ?? [];
    append(this.footer, [
      el('div', { class: 'rc-actions' }, [copyButton(() => `${answer.answer.trim() || ABSTAIN_FALLBACK}\n`, this.deps, 'Copy')]),
      related.length ? el('div', { class: 'rc-related' }, [
        el(this.deps.subheading, { class: 'rc-subtitle' }, ['Related passages (not an answer)']),
        el('ul', { class: 'rc-related-list' }, related.map((c) => el('li', {}, [sourceCard(c, this.deps)]))),
      ]) : null,
    ]);
  }
}
