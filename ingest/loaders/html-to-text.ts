import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

/** Elements whose content is never body text (the title is handled apart). */
const SKIPPED = new Set(['script', 'style', 'title', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'canvas']);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'html', 'body', 'main', 'article', 'section', 'aside', 'header', 'footer', 'nav', 'div', 'center',
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'address', 'figure', 'figcaption', 'hr',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'form', 'fieldset', 'legend', 'details', 'summary',
]);

/**
 * Visible text of an HTML document: every block element becomes a paragraph, paragraphs are
 * separated by a blank line, list items are prefixed with "- ", `<br>` breaks a line, entities
 * are decoded (so escaped markup such as `&lt;script&gt;` stays as literal text). When the page
 * has no `<h1>`, its `<title>` leads the text.
 */
export function htmlToText(html: string): string {
  // pre is left out of the raw-text elements so that markup inside <pre> is parsed, not kept as text.
  // The parser would keep <!DOCTYPE …> and <?xml …?> as text.
  const markup = html.replace(/<!doctype[^>]*>/gi, '').replace(/<\?[\s\S]*?\?>/g, '');
  const root = parse(markup, { comment: false, blockTextElements: { script: true, style: true, noscript: true } });
  const paragraphs: string[] = [];
  let buffer = '';
  let prefix = '';

  const flush = () => {
    const text = buffer
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    buffer = '';
    if (text === '') return;
    paragraphs.push(prefix + text);
    prefix = '';
  };

  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      buffer += inPre ? node.text : node.text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag) || element.hasAttribute('hidden')) return;
    if (tag === 'br') {
      buffer += '\n';
      return;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) flush();
    if (tag === 'li') prefix = '- ';
    for (const child of element.childNodes) walk(child, inPre || tag === 'pre');
    if (isBlock) flush();
  };

  walk(root, false);
  flush();

  const title = root.querySelector('title')?.text.replace(/\s+/g, ' ').trim() ?? '';
  if (title !== '' && root.querySelector('h1') === null) paragraphs.unshift(title);
  return paragraphs.join('\n\n');
}
