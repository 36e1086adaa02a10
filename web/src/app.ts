/** The chat page served at `/`: one full-page chat talking to the server that served it. */
import { pageBaseUrl } from './chat/base-url';
import { ChatView } from './chat/chat-view';

function mount(): void {
  const host = document.getElementById('app');
  if (!host) throw new Error('The page has no #app element to mount the chat in.');
  const title = document.querySelector<HTMLMetaElement>('meta[name="assistant-title"]')?.content || 'Ask the reports';
  const chat = new ChatView({ baseUrl: pageBaseUrl(location), title, variant: 'page' });
  host.replaceChildren(chat.element);
  chat.start();
  chat.focusInput();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
else mount();
