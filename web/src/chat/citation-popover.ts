/**
 * The quote behind a citation chip, shown in a dialog-like region right under the answer.
 * Focus moves into it when it opens; Esc or "Close" closes it and focus returns to the chip.
 * At most one is open per chat.
 */
import type { Citation } from '../../../server/protocol';
import { el, icon, ICONS, uniqueId } from './dom';
import { sourceCard } from './source-card';
import type { ViewDeps } from './view-deps';

type Open = { chip: HTMLButtonElement; popover: HTMLElement };

export class CitationPopovers {
  private open: Open | null = null;

  constructor(private readonly deps: () => ViewDeps) {}

  get isOpen(): boolean {
    return this.open !== null;
  }

  toggle(chip: HTMLButtonElement, slot: HTMLElement, citation: Citation): void {
    const wasSame = this.open?.chip === chip;
    this.close(false);
    if (wasSame) {
      chip.focus();
      return;
    }
    const titleId = uniqueId('rc-pop-title');
    const closeButton = el('button', { type: 'button', class: 'rc-icon-btn', 'aria-label': `Close source ${citation.n}` }, [icon(ICONS.close)]);
    const deps = this.deps();
    const popover = el('div', { class: 'rc-popover', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': titleId, tabindex: '-1' }, [
      el('div', { class: 'rc-popover-head' }, [
        el(deps.subheading, { id: titleId, class: 'rc-popover-title' }, [`Source ${citation.n}`]),
        closeButton,
      ]),
      sourceCard(citation, deps),
    ]);
    closeButton.addEventListener('click', () => this.close(true));
    slot.replaceChildren(popover);
    chip.setAttribute('aria-expanded', 'true');
    chip.classList.add('rc-chip-active');
    this.open = { chip, popover };
    popover.focus();
  }

  /** Closes the open popover; returns focus to its chip when asked to (or when focus was inside it). */
  close(restoreFocus: boolean): boolean {
    const current = this.open;
    if (!current) return false;
    this.open = null;
    const root = current.popover.getRootNode() as Document | ShadowRoot;
    const focusInside = current.popover.contains(root.activeElement);
    current.popover.remove();
    current.chip.setAttribute('aria-expanded', 'false');
    current.chip.classList.remove('rc-chip-active');
    if ((restoreFocus || focusInside) && current.chip.isConnected) current.chip.focus();
    return true;
  }
}
