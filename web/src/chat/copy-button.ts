import { copyText } from './clipboard';
import { el, icon, ICONS } from './dom';
import type { ViewDeps } from './view-deps';

/** A button that copies `produce()` and confirms briefly in place and to screen readers. */
export function copyButton(produce: () => string, deps: Pick<ViewDeps, 'announce'>, label: string): HTMLButtonElement {
  const text = document.createTextNode(label);
  const button = el('button', { type: 'button', class: 'rc-btn rc-btn-small' }, [icon(ICONS.copy, 16), text]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    const ok = await copyText(produce());
    text.data = ok ? 'Copied' : 'Copy failed';
    deps.announce(ok ? 'Copied to the clipboard with its citation.' : 'Could not copy: select the text and copy it by hand.');
    clearTimeout(timer);
    timer = setTimeout(() => (text.data = label), 2000);
  });
  return button;
}
