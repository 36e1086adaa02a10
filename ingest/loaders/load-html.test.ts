import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test-support/loaders-temp-dir';
import { loadFile } from './load-file';

const tmp = makeTempDir();
afterAll(() => tmp.remove());

const load = (name: string, html: string | Uint8Array) => loadFile(tmp.write(name, html), name);

const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Review of the  IOM Strategy</title>
<style>p { color: red }</style><script>var leaked = "SECRET-SCRIPT";</script></head>
<body>
  <nav hidden>Skip me</nav>
  <h2>I. Introduction</h2>
  <p>1. The report quotes the tag &lt;script&gt;alert(1)&lt;/script&gt; as
     text, &amp; uses&nbsp;entities:&#8212;&eacute;.</p>
  <script>document.write("SECRET-INLINE")</script>
  <noscript>SECRET-NOSCRIPT</noscript>
  <template><p>SECRET-TEMPLATE</p></template>
  <ul><li>first <b>point</b></li><li><p>second point</p></li></ul>
  <p>Line one<br>line two</p>
  <div>Outer text<div>inner block</div></div>
  <table><tr><th>Region</th><td>Africa</td></tr></table>
  <pre>  code <i>kept</i>
  here</pre>
</body></html>`;

describe('loading .html', () => {
  it('extracts visible block text, one paragraph per block, leading with the title when no h1', async () => {
    const loaded = await load('page.html', page);
    expect(loaded).toMatchObject({ source: 'page.html', format: 'html', pages: null });
    expect(loaded.text).toBe(
      [
        'Review of the IOM Strategy',
        'I. Introduction',
        '1. The report quotes the tag <script>alert(1)</script> as text, & uses entities:—é.',
        '- first point',
        '- second point',
        'Line one\nline two',
        'Outer text',
        'inner block',
        'Region',
        'Africa',
        'code kept\nhere',
      ].join('\n\n'),
    );
    expect(loaded.text).not.toMatch(/SECRET|Skip me|color: red/);
  });

  it('does not repeat the title when the page has its own h1', async () => {
    const loaded = await load('h1.htm', '<title>Site title</title><h1>Report title</h1><p>Body.</p>');
    expect(loaded.text).toBe('Report title\n\nBody.');
  });

  it('decodes a page in the charset it declares', async () => {
    const bytes = Buffer.from('<meta charset="windows-1252"><p>Caf\xe9 \x93quoted\x94</p>', 'latin1');
    expect((await load('legacy.html', bytes)).text).toBe('Café “quoted”');
  });

  it('rejects pages without visible text, and empty or non-UTF-8 files', async () => {
    await expect(load('scripts.html', '<script>only()</script><style>a{}</style>')).rejects.toMatchObject({ code: 'NO_TEXT' });
    await expect(load('zero.html', '')).rejects.toMatchObject({ code: 'EMPTY_FILE' });
    await expect(load('bad.html', Buffer.from('<p>caf\xe9</p>', 'latin1'))).rejects.toMatchObject({ code: 'INVALID_ENCODING', source: 'bad.html' });
  });

  it('loads broken markup leniently rather than failing', async () => {
    const loaded = await load('broken.html', '<p>Unclosed <b>bold <div>and a block</p></i>');
    expect(loaded.text).toContain('Unclosed bold');
    expect(loaded.text).toContain('and a block');
  });
});
