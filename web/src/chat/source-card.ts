/**
 * One cited passage: its reference, the verbatim quote, and the "Show context" and
 * "Copy with citation" actions. Used by citation popovers, excerpts and related passages.
 */
import type { Citation } from '../../../server/protocol';
import { quoteMarkdown } from './citation-format';
import { copyButton } from './copy-button';
import { el, icon, ICONS, uniqueId } from './dom';
import { fetchPassageContext, renderContext } from './passage-context';
import type { ViewDeps } from './view-deps';

export function sourceCard(c: Citation, deps: ViewDeps, options: { showNumber?: boolean } = {}): HTMLElement {
  const details = [c.symbol ? c.title : null, c.date].filter(Boolean).join(' · ');
  const contextId = uniqueId('rc-context');
  const slot = el('div', { id: contextId, class: 'rc-context-slot', hidden: true });
  const contextButton = el('button', { type: 'button', class: 'rc-btn rc-btn-small', 'aria-expanded': 'false', 'aria-controls': contextId }, [
    icon(ICONS.context, 16), 'Show context',
  ]);
  contextButton.addEventListener('click', () => void toggleContext(c, deps, contextButton, slot));

  return el('div', { class: 'rc-source', 'data-passage-id': c.passageId }, [
    el('p', { class: 'rc-source-ref' }, [options.showNumber ? el('span', { class: 'rc-source-n' }, [`[${c.n}]`]) : null, options.showNumber ? ' ' : null, c.ref]),
    details ? el('p', { class: 'rc-source-details' }, [details]) : null,
    el('blockquote', { class: 'rc-quote' }, [c.quote]),
    el('div', { class: 'rc-actions' }, [
      contextButton,
      copyButton(() => quoteMarkdown(c), deps, 'Copy with citation'),
    ]),
    slot,
  ]);
}

async function toggleContext(c: Citation, deps: ViewDeps, button: HTMLButtonElement, slot: HTMLElement): Promise<void> {
  const label = button.lastChild as Text;
  if (!slot.hidden) {
    slot.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    label.data = 'Show context';
    return;
  }
  slot.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  label.data = 'Hide context';
  if (slot.dataset.loaded === 'true') return;
  slot.replaceChildren(el('p', { class: 'rc-muted' }, ['Loading context…']));
  slot.setAttribute('aria-busy', 'true');
  try {
    const context = await fetchPassageContext(deps.baseUrl, c.passageId);
    slot.replaceChildren(renderContext(context, c, `Context of ${c.ref}`));
    slot.dataset.loaded = 'true';
    slot.querySelector('.rc-cited')?.scrollIntoView({ block: 'nearest' });
  } catch (error) {
    slot.replaceChildren(el('p', { class: 'rc-inline-error', role: 'alert' }, [(error as Error).message]));
  } finally {
    slot.removeAttribute('aria-busy');
  }
}
