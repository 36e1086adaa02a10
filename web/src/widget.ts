/**
 * The embeddable widget: `<script src="https://assistant.example/widget.js" data-title="Ask the reports" async></script>`.
 * Adds a launcher button and a chat panel inside a shadow root, so the host page's CSS and ours
 * cannot touch each other, and talks to the server the script came from.
 */
import { baseFromScriptSrc, findWidgetScript } from './chat/base-url';
import { ChatView } from './chat/chat-view';
import { el, icon, ICONS, uniqueId } from './chat/dom';

declare const __WIDGET_CSS__: string;

const HOST_ATTRIBUTE = 'data-report-assistant';

function init(script: HTMLScriptElement): void {
  if (document.querySelector(`[${HOST_ATTRIBUTE}]`)) return; // loaded twice
  const title = script.dataset.title?.trim() || 'Ask the reports';
  const host = el('div', { [HOST_ATTRIBUTE]: '' });
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, __WIDGET_CSS__);

  const panelId = uniqueId('rc-panel');
  const launcher = el('button', { type: 'button', class: 'rc-launcher', 'aria-expanded': 'false', 'aria-controls': panelId }, [
    icon(ICONS.chat, 22), el('span', { class: 'rc-launcher-text' }, [title]),
  ]);
  const closeButton = el('button', { type: 'button', class: 'rc-icon-btn', 'aria-label': `Close ${title}` }, [icon(ICONS.close)]);
  const chat = new ChatView({ baseUrl: baseFromScriptSrc(script.src), title, variant: 'widget', headerActions: [closeButton] });
  const panel = el('div', { id: panelId, class: 'rc-panel', role: 'dialog', 'aria-modal': 'false', 'aria-label': title, hidden: true }, [chat.element]);

  let started = false;
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    host.toggleAttribute('data-open', open);
    if (open) {
      if (!started) chat.start();
      started = true;
      chat.focusInput();
    } else {
      launcher.focus();
    }
  };
  launcher.addEventListener('click', () => setOpen(panel.hidden));
  closeButton.addEventListener('click', () => setOpen(false));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
    }
  });

  shadow.append(el('div', { class: 'rc-widget-root' }, [panel, launcher]));
  document.body.append(host);
}

/** Constructable stylesheets are not blocked by a host page's `style-src` CSP; <style> is the fallback. */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(el('style', {}, [css]));
  }
}

const script = findWidgetScript(document, document.currentScript);
if (!script) {
  console.error('[assistant] widget.js could not find its own <script> tag, so it does not know its server.');
} else if (document.body) {
  init(script);
} else {
  document.addEventListener('DOMContentLoaded', () => init(script), { once: true });
}
