/**
 * Where the assistant server is. The page talks to the server that served it; the widget to
 * the server it was loaded from, found from its own <script> tag.
 */

/** The directory URL of a script URL: `http://h:3000/widget.js` → `http://h:3000/`. */
export function baseFromScriptSrc(src: string): string {
  return new URL('./', src).href;
}

/**
 * `document.currentScript` is set while a classic script runs, `async` included; scanning for
 * the last `widget.js` tag covers loaders that inject the script in other ways.
 */
export function findWidgetScript(doc: Document, current: HTMLOrSVGScriptElement | null): HTMLScriptElement | null {
  if (current instanceof HTMLScriptElement && current.src) return current;
  const scripts = Array.from(doc.querySelectorAll<HTMLScriptElement>('script[src]'));
  return scripts.reverse().find((s) => /\/widget(\.min)?\.js(?:[?#]|$)/.test(s.src)) ?? null;
}

export function pageBaseUrl(loc: Location): string {
  return new URL('./', loc.href).href;
}
