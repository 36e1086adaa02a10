/**
 * The chat page against the real server (server/app.ts over an index built by the ingest
 * pipeline from two bundled reports): streaming cited answers, citation popover and context,
 * copy with citation, a follow-up, excerpts, and the phone-width layout.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Citation, ClientFrame, ServerFrame } from '../../server/protocol';
import { buildWebForTest } from '../../test-support/web-build';
import { launchChromium } from '../../test-support/web-browser';
import { startRealServer, type RealServer } from '../../test-support/web-real-server';

const QUESTION = 'How has IOM implemented the 12-point Strategy?';

let browser: Browser;
let server: RealServer;
let cleanup: () => Promise<void>;

/** A page on the chat with every websocket frame recorded. */
async function openChat(context?: BrowserContext, viewport = { width: 1280, height: 800 }) {
  const page = await (context ?? browser).newPage({ viewport });
  const received: ServerFrame[] = [];
  const sent: ClientFrame[] = [];
  page.on('websocket', (ws) => {
    ws.on('framereceived', (f) => received.push(JSON.parse(String(f.payload))));
    ws.on('framesent', (f) => sent.push(JSON.parse(String(f.payload))));
  });
  await page.goto(server.url);
  await page.locator('.rc-conn[data-state="ready"]').waitFor();
  return { page, received, sent };
}

async function ask(page: Page, question: string): Promise<void> {
  await page.getByLabel('Your question').fill(question);
  await page.getByLabel('Your question').press('Enter');
}

function answerEnd(received: ServerFrame[], nth = 0): Answer {
  const ends = received.filter((f): f is Extract<ServerFrame, { type: 'answer-end' }> => f.type === 'answer-end');
  return ends[nth];
}

/** What "Copy with citation" must produce for one quote, written out independently of the client code. */
function expectedQuoteMarkdown(c: Citation): string {
  const where = [c.symbol ?? c.title, c.sectionPath.join(' › '), c.paragraph ? `¶ ${c.paragraph}` : '', c.page ? `p. ${c.page}` : '']
    .filter(Boolean).join(', ');
  const quote = c.quote.trim().split('\n').map((l) => (l.trim() ? `> ${l.trimEnd()}` : '>')).join('\n');
  return `${quote}\n\n— ${where}\n`;
}

describe('chat page on the real server', () => {
  beforeAll(async () => {
    const built = await buildWebForTest();
    cleanup = built.cleanup;
    server = await startRealServer({ distDir: built.distDir, reports: ['003_c8beaa6237c2b2c4.txt', '004_f5d453e5d967b2d5.txt'] });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cleanup?.();
  });

  it('streams a cited answer into a live region, with a chip per marker, and keeps focus in the input', async () => {
    const { page, received } = await openChat();
    await expect(page.locator('.rc-conn').innerText()).resolves.toBe(`${server.documents} documents · ${server.passages.toLocaleString('en')} passages`);
    // Record how the answer text grows while it is still pending.
    await page.evaluate(() => {
      type Sample = { length: number; height: number; offset: number; pending: boolean };
      const samples: Sample[] = [];
      (window as unknown as { __samples: Sample[] }).__samples = samples;
      new MutationObserver(() => {
        const section = document.querySelector('.rc-answer');
        const body = section?.querySelector('.rc-answer-body');
        if (!section || !body) return;
        samples.push({
          length: body.textContent?.length ?? 0,
          height: body.getBoundingClientRect().height,
          offset: body.getBoundingClientRect().top - section.getBoundingClientRect().top,
          pending: section.classList.contains('rc-pending'),
        });
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await ask(page, QUESTION);
    const answer = page.locator('.rc-answer').last();
    await answer.locator('.rc-answer-body[aria-live="polite"][aria-busy="false"]').waitFor();

    const end = answerEnd(received);
    expect(end.abstained).toBe(false);
    expect(end.citations.length).toBeGreaterThan(0);
    const deltas = received.filter((f) => f.type === 'answer-delta');
    expect(deltas.length).toBeGreaterThan(1);
    type Sample = { length: number; height: number; offset: number; pending: boolean };
    const samples = await page.evaluate(() => (window as unknown as { __samples: Sample[] }).__samples);
    const streamed = new Set(samples.filter((x) => x.pending && x.length > 0).map((x) => x.length));
    expect(streamed.size).toBeGreaterThan(1); // text appeared in steps, before the answer ended
    // No layout jump: the answer body never moves within its card and never shrinks, placeholder to final chips.
    expect(new Set(samples.map((x) => x.offset)).size).toBe(1);
    samples.slice(1).forEach((x, i) => expect(x.height).toBeGreaterThanOrEqual(samples[i].height));

    // The rendered answer is the answer text, with every [n] turned into an enabled chip for citation n.
    const chips = answer.locator('.rc-chip');
    const markers = [...end.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(await chips.count()).toBe(markers.length);
    expect(await chips.evaluateAll((els) => els.map((e) => Number(e.textContent)))).toEqual(markers);
    expect(await answer.locator('.rc-chip[disabled]').count()).toBe(0);
    const rendered = await answer.locator('.rc-answer-text').evaluate((p) =>
      [...p.childNodes].map((n) => (n instanceof HTMLButtonElement ? `[${n.textContent}]` : n.textContent)).join(''));
    expect(rendered).toBe(end.answer);
    await expect(answer.locator('.rc-sources li').count()).resolves.toBe(end.citations.length);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('rc-input');
    await page.close();
  });

  it('opens a citation as a focused dialog (Esc closes it, focus returns) and shows its context with the quote highlighted', async () => {
    const { page, received } = await openChat();
    await ask(page, QUESTION);
    const chip = page.locator('.rc-answer .rc-chip:not([disabled])').first();
    await chip.waitFor();
    const n = Number(await chip.textContent());
    const citation = answerEnd(received).citations.find((c) => c.n === n)!;

    await chip.click();
    const dialog = page.getByRole('dialog', { name: `Source ${n}` });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d === document.activeElement)).toBe(true);
    expect(await chip.getAttribute('aria-expanded')).toBe('true');
    expect(await dialog.locator('.rc-quote').textContent()).toBe(citation.quote);
    expect(await dialog.locator('.rc-source-ref').textContent()).toBe(citation.ref);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await chip.evaluate((c) => c === document.activeElement)).toBe(true);
    expect(await chip.getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('Enter'); // the focused chip opens it again
    await dialog.getByRole('button', { name: 'Show context' }).click();
    const mark = dialog.locator('.rc-context mark');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(citation.quote);
    expect(await dialog.locator('.rc-context-passage').count()).toBeGreaterThan(1);
    expect(await dialog.locator('.rc-context-passage.rc-cited mark').count()).toBe(1);
    await dialog.getByRole('button', { name: `Close source ${n}` }).click();
    expect(await chip.evaluate((c) => c === document.activeElement)).toBe(true);
    await page.close();
  });

  it('copies a quote and a whole answer as Markdown with their citations', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const { page, received } = await openChat(context);
    await ask(page, QUESTION);
    const chip = page.locator('.rc-answer .rc-chip:not([disabled])').first();
    await chip.click();
    const n = Number(await chip.textContent());
    const end = answerEnd(received);
    const citation = end.citations.find((c) => c.n === n)!;

    await page.getByRole('dialog').getByRole('button', { name: 'Copy with citation' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Copied' }).waitFor();
    const quoteMd = await page.evaluate(() => navigator.clipboard.readText());
    expect(quoteMd).toBe(expectedQuoteMarkdown(citation));
    expect(quoteMd).toMatch(/^> .+\n\n— MC\/INF\/302, .+, ¶ \d+\n$/s);

    await page.locator('.rc-answer-footer > .rc-actions').getByRole('button', { name: 'Copy with citation' }).click();
    const answerMd = await page.evaluate(() => navigator.clipboard.readText());
    expect(answerMd.startsWith(`${end.answer}\n\nSources:\n\n`)).toBe(true);
    for (const c of end.citations) {
      const [quoteBlock, attribution] = expectedQuoteMarkdown(c).split('\n\n— ');
      expect(answerMd).toContain(`[${c.n}] ${attribution.trimEnd()}\n${quoteBlock}`);
    }
    await context.close();
  });

  it('understands a follow-up in the same conversation', async () => {
    const { page, received, sent } = await openChat();
    await ask(page, 'What themes were proposed for the International Dialogue on Migration in 2008?');
    await page.locator('.rc-answer:not(.rc-pending)').first().waitFor();
    await ask(page, 'And in 2007?');
    await page.locator('.rc-answer:not(.rc-pending)').nth(1).waitFor();

    const asks = sent.filter((f): f is Extract<ClientFrame, { type: 'ask' }> => f.type === 'ask');
    expect(asks).toHaveLength(2);
    const [first, second] = [answerEnd(received, 0), answerEnd(received, 1)];
    expect(asks[1].conversationId).toBe(first.conversationId); // the client adopted the server's conversation id
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.question).toBe('And in 2007?');
    expect(second.standaloneQuestion).toMatch(/International Dialogue on Migration.*2007/); // read in context
    expect(await page.locator('.rc-turn').count()).toBe(2);
    expect(await page.locator('.rc-failed').count()).toBe(0);
    await page.close();
  });

  it('lists verbatim excerpts with their references when "Excerpts only" is on', async () => {
    const { page, received, sent } = await openChat();
    await page.getByLabel('Excerpts only').check();
    await ask(page, 'International Dialogue on Migration themes');
    const list = page.getByRole('list', { name: 'Excerpts' });
    await list.waitFor();
    const frame = received.find((f): f is Extract<ServerFrame, { type: 'excerpts' }> => f.type === 'excerpts')!;
    expect(sent.find((f) => f.type === 'ask')).toMatchObject({ mode: 'excerpts' });
    expect(frame.excerpts.length).toBeGreaterThan(0);
    const items = list.locator(':scope > li');
    expect(await items.count()).toBe(frame.excerpts.length);
    expect(await items.first().locator('.rc-quote').textContent()).toBe(frame.excerpts[0].quote);
    expect(await items.first().locator('.rc-source-ref').textContent()).toBe(`[${frame.excerpts[0].n}] ${frame.excerpts[0].ref}`);
    expect(await items.getByRole('button', { name: 'Copy with citation' }).count()).toBe(frame.excerpts.length);
    await page.close();
  });

  it('shows an abstention as such, never as an answer', async () => {
    const { page, received } = await openChat();
    await ask(page, 'What is the price of bananas in Geneva?');
    const answer = page.locator('.rc-answer').last();
    await answer.and(page.locator('.rc-answer:not(.rc-pending)')).waitFor();
    const end = answerEnd(received);
    expect(end.abstained).toBe(true);
    expect(await answer.getAttribute('class')).toContain('rc-abstained');
    await expect(answer.locator('.rc-answer-label').innerText()).resolves.toMatch(/^no answer in the reports$/i);
    await expect(answer.locator('.rc-answer-text').innerText()).resolves.toBe(end.answer);
    expect(end.answer).toMatch(/^The reports do not say/);
    expect(await answer.locator('.rc-chip, .rc-sources').count()).toBe(0);
    const related = end.related ?? [];
    expect(await answer.locator('.rc-related-list > li').count()).toBe(related.length);
    if (related.length) await expect(answer.locator('.rc-related .rc-subtitle').innerText()).resolves.toMatch(/^related passages \(not an answer\)$/i);
    await page.close();
  });

  it('fits a 375 px wide phone screen with an answer, a citation and its context open', async () => {
    const { page } = await openChat(undefined, { width: 375, height: 740 });
    await ask(page, QUESTION);
    await page.locator('.rc-answer .rc-chip:not([disabled])').first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Show context' }).click();
    await page.locator('.rc-context mark').waitFor();
    const overflow = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('.rc *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5);
      return { scrollWidth: document.documentElement.scrollWidth, wide: wide.map((e) => e.className).slice(0, 5) };
    });
    expect(overflow).toEqual({ scrollWidth: 375, wide: [] });
    await page.close();
  });
});
