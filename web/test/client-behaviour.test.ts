/**
 * Client behaviour that needs a controllable server: connection loss and reconnect, questions asked
 * while offline, an answer cut off mid-stream, malformed frames, abstentions, queueing, reset.
 * Runs against test-support/web-mock-server (protocol v1, frames checked by serverFrameSchema).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildWebForTest } from '../../test-support/web-build';
import { launchChromium } from '../../test-support/web-browser';
import { startWebMockServer, type WebMockServer } from '../../test-support/web-mock-server';

let browser: Browser;
let mock: WebMockServer;
let cleanup: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  const built = await buildWebForTest();
  cleanup = built.cleanup;
  mock = await startWebMockServer({ distDir: built.distDir, chunkDelayMs: 30 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await cleanup?.();
});

afterEach(async () => {
  mock.setAccepting(true);
  await page?.close();
});

async function openChat(): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(mock.url);
  await page.locator('.rc-conn[data-state="ready"]').waitFor();
  return page;
}

async function ask(question: string): Promise<void> {
  await page.getByLabel('Your question').fill(question);
  await page.getByLabel('Your question').press('Enter');
}

const lastAnswer = () => page.locator('.rc-answer').last();

describe('web client against a controllable server', () => {
  it('shows a lost connection, queues a question asked offline, and sends it after reconnecting', async () => {
    await openChat();
    await expect(page.locator('.rc-conn').innerText()).resolves.toContain('1 document · 3 passages');
    await page.evaluate(() => {
      // Every status the header shows from here on, however briefly.
      const shown: string[] = ((window as unknown as { shownStatus: string[] }).shownStatus = []);
      const status = document.querySelector('.rc-conn')!;
      new MutationObserver(() => shown.push(status.textContent ?? '')).observe(status, { subtree: true, childList: true, characterData: true });
    });
    mock.setAccepting(false);
    mock.dropConnections();
    // State and text together: a retry may fire between two separate reads and show "Reconnecting…".
    await page.locator('.rc-conn[data-state="offline"]', { hasText: /Connection lost\. Reconnecting/ }).waitFor();

    const asksBefore = mock.asks.length;
    await ask('What about labour migration?');
    await expect(lastAnswer().locator('.rc-answer-status').innerText()).resolves.toBe('Offline: will send when reconnected');
    expect(mock.asks.length).toBe(asksBefore);

    await page.waitForTimeout(1200); // a few refused reconnects (503 from a same-origin server is not "refused")
    expect(await page.locator('.rc-refusal').isHidden()).toBe(true);
    // Once connected, every later attempt restores the connection: "Reconnecting…", never "Connecting…".
    const shown = await page.evaluate(() => (window as unknown as { shownStatus: string[] }).shownStatus);
    expect(shown.some((text) => text.includes('Reconnecting…'))).toBe(true);
    expect(shown.filter((text) => text.includes('Connecting…'))).toEqual([]);
    mock.setAccepting(true);
    await lastAnswer().locator('.rc-chip:not([disabled])').first().waitFor({ timeout: 15_000 });
    expect(mock.asks.at(-1)?.question).toBe('What about labour migration?');
    await expect(page.locator('.rc-conn').innerText()).resolves.toContain('1 document · 3 passages');
  });

  it('asks again when the connection drops in the middle of an answer', async () => {
    await openChat();
    await ask('Tell me about resettlement, labour migration and trafficking shelters');
    await lastAnswer().locator('.rc-answer-text:not(:empty)').waitFor();
    const id = mock.asks.at(-1)!.id;
    mock.setAccepting(false);
    mock.dropConnections();
    await expect.poll(() => lastAnswer().locator('.rc-answer-status').innerText())
      .toBe('Connection lost: will ask again when reconnected');
    expect(await lastAnswer().locator('.rc-answer-text').innerText()).toBe(''); // the partial answer is withdrawn
    mock.setAccepting(true);
    await lastAnswer().locator('.rc-chip:not([disabled])').first().waitFor({ timeout: 15_000 });
    expect(mock.asks.filter((a) => a.id === id)).toHaveLength(2);
    const text = await lastAnswer().locator('.rc-answer-text').innerText();
    expect(text.match(/Resettlement services/g)).toHaveLength(1); // the partial first attempt was cleared
  });

  it('ignores frames that do not match the protocol and keeps working', async () => {
    await openChat();
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    mock.broadcastRaw('<html>not json</html>');
    mock.broadcastRaw(JSON.stringify({ type: 'answer-delta', id: 42 }));
    mock.broadcastRaw(JSON.stringify({ type: 'ready', protocol: 2, documents: 1, passages: 1, embedder: 'x' }));
    await ask('labour migration');
    await lastAnswer().locator('.rc-chip:not([disabled])').first().waitFor();
    expect(warnings.filter((w) => w.includes('[assistant]'))).toHaveLength(3);
  });

  it('shows a failed question with the server\'s message and lets it be asked again', async () => {
    await openChat();
    mock.failNextAsk('RATE_LIMITED', 'Too many questions at once; wait a moment.');
    await ask('labour migration');
    const failed = lastAnswer().and(page.locator('.rc-failed'));
    await failed.waitFor();
    await expect(failed.locator('.rc-answer-label').innerText()).resolves.toMatch(/not answered/i);
    await expect(failed.locator('.rc-answer-text').innerText()).resolves.toBe('Too many questions at once; wait a moment.');
    await failed.getByRole('button', { name: 'Ask again' }).click();
    await page.locator('.rc-turn').nth(1).locator('.rc-chip:not([disabled])').first().waitFor();
    expect(mock.asks.slice(-2).map((a) => a.question)).toEqual(['labour migration', 'labour migration']);
  });

  it('shows an abstention as such, with related passages labelled as not an answer', async () => {
    await openChat();
    await ask('Quelle est la couleur du ciel?');
    await lastAnswer().and(page.locator('.rc-abstained')).waitFor();
    await expect(lastAnswer().locator('.rc-answer-label').innerText()).resolves.toMatch(/no answer in the reports/i);
    await expect(lastAnswer().locator('.rc-answer-text').innerText()).resolves.toBe('The reports do not say.');
    await expect(lastAnswer().locator('.rc-subtitle').innerText()).resolves.toMatch(/related passages \(not an answer\)/i);
    expect(await lastAnswer().locator('.rc-chip').count()).toBe(0);
  });

  it('sends a second question only after the first answer, in the same conversation', async () => {
    await openChat();
    const before = mock.asks.length;
    // Both questions are submitted before any reply, so the second is queued before the server names the conversation.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLTextAreaElement>('.rc-input')!;
      input.value = 'resettlement of refugees';
      input.form!.requestSubmit();
      input.value = 'and labour migration?';
      input.form!.requestSubmit();
    });
    await expect(lastAnswer().locator('.rc-answer-status').innerText()).resolves.toBe('Waiting for the previous answer…');
    expect(mock.asks.length).toBe(before + 1);
    await page.locator('.rc-answer:not(.rc-pending)').nth(1).waitFor();
    const [first, second] = mock.asks.slice(before);
    expect(second.question).toBe('and labour migration?');
    // Sent after the first answer, so it carries the id the server gave that conversation.
    expect(second.conversationId).toBe(mock.conversationOf.get(first.id));
    expect(mock.conversationOf.get(second.id)).toBe(mock.conversationOf.get(first.id));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('class'))).toBe('rc-input');
  });

  it('"New conversation" resets the server conversation, clears the view and starts a new id', async () => {
    await openChat();
    await ask('resettlement');
    await lastAnswer().and(page.locator('.rc-answer:not(.rc-pending)')).waitFor();
    const firstConversation = mock.conversationOf.get(mock.asks.at(-1)!.id);
    await page.getByRole('button', { name: 'New conversation' }).click();
    expect(await page.locator('.rc-turn').count()).toBe(0);
    await page.getByText('Ask a question about the reports.').waitFor();
    await expect.poll(() => mock.resets.at(-1)).toBe(firstConversation);
    await ask('resettlement');
    await lastAnswer().and(page.locator('.rc-answer:not(.rc-pending)')).waitFor();
    expect(mock.asks.at(-1)?.conversationId).not.toBe(firstConversation);
    expect(mock.conversationOf.get(mock.asks.at(-1)!.id)).not.toBe(firstConversation);
  });

  it('Enter sends, Shift+Enter adds a line, and an over-long question is refused before sending', async () => {
    await openChat();
    const input = page.getByLabel('Your question');
    await input.fill('first line');
    await input.press('Shift+Enter');
    await input.pressSequentially('second line');
    expect(await input.inputValue()).toBe('first line\nsecond line');
    const before = mock.asks.length;
    await input.fill('x'.repeat(2001));
    await input.press('Enter');
    await expect(page.locator('.rc-hint').innerText()).resolves.toMatch(/2001 characters long; the limit is 2000/);
    expect(await input.inputValue()).toHaveLength(2001); // nothing lost
    expect(mock.asks.length).toBe(before);
  });
});
