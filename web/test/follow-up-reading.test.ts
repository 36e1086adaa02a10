/**
 * A follow-up the server rewrote shows, under the question, how it was read ("Read as: …"): only when
 * the reading differs from what was typed, from the answer's first frame (and with excerpts), always as
 * text, in the page and in the widget. Runs against test-support/web-mock-server.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildWebForTest } from '../../test-support/web-build';
import { launchChromium } from '../../test-support/web-browser';
import { startHostPage, type HostPage } from '../../test-support/web-host-page';
import { startWebMockServer, type WebMockServer } from '../../test-support/web-mock-server';

let browser: Browser;
let mock: WebMockServer;
let host: HostPage;
let cleanup: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  const built = await buildWebForTest();
  cleanup = built.cleanup;
  host = await startHostPage(built.distDir);
  mock = await startWebMockServer({ distDir: built.distDir, chunkDelayMs: 40, allowedOrigins: [host.origin] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await host?.close();
  await cleanup?.();
});

afterEach(async () => {
  await page?.close();
});

async function openChat(): Promise<Locator> {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(mock.url);
  await page.locator('.rc-conn[data-state="ready"]').waitFor();
  return page.locator('body');
}

async function ask(scope: Locator, question: string, readAs?: string): Promise<Locator> {
  if (readAs !== undefined) mock.readNextAskAs(readAs);
  const turns = await scope.locator('.rc-turn').count();
  await scope.getByLabel('Your question').fill(question);
  await scope.getByLabel('Your question').press('Enter');
  const turn = scope.locator('.rc-turn').nth(turns);
  await turn.locator('.rc-answer:not(.rc-pending)').waitFor();
  return turn;
}

const reading = (turn: Locator) => turn.locator('.rc-question-reading');

describe('how a follow-up was read', () => {
  it('shows the standalone question under a rewritten follow-up, from the moment its answer starts', async () => {
    const chat = await openChat();
    const first = await ask(chat, 'How were refugees resettled?');
    expect(await reading(first).isHidden()).toBe(true);

    mock.readNextAskAs('What did labour migration programmes do in Asia?');
    await chat.getByLabel('Your question').fill('And in Asia?');
    await chat.getByLabel('Your question').press('Enter');
    const second = chat.locator('.rc-turn').nth(1);
    // answer-start carries the reading: it shows while the answer is still streaming.
    await second.locator('.rc-pending .rc-answer-text:not(:empty)').waitFor();
    await expect(reading(second).innerText()).resolves.toBe('Read as: What did labour migration programmes do in Asia?');
    await second.locator('.rc-answer:not(.rc-pending)').waitFor();

    await expect(reading(second).innerText()).resolves.toBe('Read as: What did labour migration programmes do in Asia?');
    // Part of the question, read after it: "You asked: And in Asia? Read as: …".
    await expect(second.locator('.rc-question').textContent()).resolves
      .toBe('You asked: And in Asia?Read as: What did labour migration programmes do in Asia?');
    const style = await reading(second).evaluate((e) => ({ color: getComputedStyle(e).color, fontSize: getComputedStyle(e).fontSize }));
    expect(style).toEqual({ color: 'rgb(75, 85, 99)', fontSize: '13px' });
  });

  it('shows nothing when the reading differs only in case, spacing or end punctuation', async () => {
    const chat = await openChat();
    const turn = await ask(chat, '  Labour migration in ASIA?', 'labour migration in Asia.');
    expect(await reading(turn).isHidden()).toBe(true);
    expect(await reading(turn).textContent()).toBe('');
  });

  it('shows the reading for an abstention too', async () => {
    const chat = await openChat();
    const turn = await ask(chat, 'Et en 2008?', 'Quelle est la couleur du ciel en 2008?');
    await turn.locator('.rc-abstained').waitFor();
    await expect(reading(turn).innerText()).resolves.toBe('Read as: Quelle est la couleur du ciel en 2008?');
  });

  it('shows the reading with excerpts', async () => {
    const chat = await openChat();
    await chat.getByLabel('Excerpts only').check();
    const turn = await ask(chat, 'And in Asia?', 'What did labour migration programmes do in Asia?');
    await turn.locator('.rc-excerpts').waitFor();
    await expect(reading(turn).innerText()).resolves.toBe('Read as: What did labour migration programmes do in Asia?');
  });

  it('inserts the reading as text: markup in it shows as characters and runs nothing', async () => {
    const chat = await openChat();
    const markup = '<img src=x onerror="window.__xss=1"> labour migration?';
    const turn = await ask(chat, 'And that?', markup);
    await expect(reading(turn).innerText()).resolves.toBe(`Read as: ${markup}`);
    expect(await turn.locator('.rc-question img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('keeps the question and its reading in view above a followed answer on a small phone', async () => {
    page = await browser.newPage({ viewport: { width: 375, height: 560 } });
    await page.goto(mock.url);
    await page.locator('.rc-conn[data-state="ready"]').waitFor();
    const chat = page.locator('body');
    await ask(chat, 'How were refugees resettled?');
    // An answer taller than the log (three sources) is followed to its first line; the question stays above it.
    const turn = await ask(chat, 'And the others?', 'Refugees, migration and shelters?');
    const [log, line, answer] = await Promise.all([chat.locator('.rc-log'), reading(turn), turn.locator('.rc-answer')]
      .map((l) => l.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect)));
    expect(await page.locator('.rc-log').evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    expect(line.top).toBeGreaterThanOrEqual(log.top);
    expect(answer.top).toBeLessThan(log.bottom);
  });

  it('shows the reading in the widget, styled inside its shadow root', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.urlFor(mock.url));
    await page.getByRole('button', { name: 'Ask the reports', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Ask the reports' });
    await panel.locator('.rc-conn[data-state="ready"]').waitFor();
    const turn = await ask(panel, 'And in Asia?', 'What did labour migration programmes do in Asia?');
    await expect(reading(turn).innerText()).resolves.toBe('Read as: What did labour migration programmes do in Asia?');
    const style = await reading(turn).evaluate((e) => ({ color: getComputedStyle(e).color, fontSize: getComputedStyle(e).fontSize }));
    expect(style).toEqual({ color: 'rgb(75, 85, 99)', fontSize: '13px' });
  });
});
