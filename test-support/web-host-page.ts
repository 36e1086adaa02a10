/**
 * A second local HTTP server (so: another origin) serving the demo host page, with the widget
 * <script> pointed at the assistant named in `?assistant=`. Models an intranet page embedding the widget.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

export type HostPage = {
  origin: string;
  /** The demo page embedding the widget served by `assistantUrl`. */
  urlFor(assistantUrl: string): string;
  close(): Promise<void>;
};

export async function startHostPage(distDir: string): Promise<HostPage> {
  const template = await readFile(path.join(distDir, 'demo-host.html'), 'utf8');
  if (!template.includes('src="widget.js"')) throw new Error('demo-host.html no longer loads widget.js relatively; update startHostPage');
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    const assistant = url.searchParams.get('assistant');
    if (url.pathname !== '/' || !assistant) {
      response.writeHead(404).end();
      return;
    }
    const src = new URL('widget.js', assistant).href.replace(/"/g, '&quot;');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(template.replace('src="widget.js"', `src="${src}"`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('expected a TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    urlFor: (assistantUrl) => `${origin}/?assistant=${encodeURIComponent(assistantUrl)}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
