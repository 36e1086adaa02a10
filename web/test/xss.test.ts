/**
 * Corpus text is data, never markup: a report containing <script> and <img onerror> shows those
 * characters in answers, excerpts, quotes and context, and runs nothing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebForTest } from '../../test-support/web-build';
import { launchChromium } from '../../test-support/web-browser';
import { startRealServer, type RealServer } from '../../test-support/web-real-server';

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const XSS_REPORT = [
  'QUARANTINE PROGRAMME REVIEW',
  'TEST/XSS/1',
  '',
  'I. Quarantine programme',
  '',
  `1. The quarantine programme review quoted the string ${SCRIPT} from a submitted form about quarantine stations.`,
  '',
  `2. A second quarantine programme form contained ${IMG} in its comments about quarantine stations.`,
  '',
].join('\n');

let browser: Browser;
let server: RealServer;
let cleanup: () => Promise<void>;

describe('markup in the corpus', () => {
  beforeAll(async () => {
    const built = await buildWebForTest();
    cleanup = built.cleanup;
    server = await startRealServer({ distDir: built.distDir, reports: ['004_f5d453e5d967b2d5.txt'], files: { 'xss-report.txt': XSS_REPORT } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cleanup?.();
  });

  it('shows <script> and <img onerror> as text in excerpts, answers and context, and runs neither', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url);
    await page.locator('.rc-conn[data-state="ready"]').waitFor();

    await page.getByLabel('Excerpts only').check();
    await page.getByLabel('Your question').fill('quarantine programme form quarantine stations');
    await page.getByLabel('Your question').press('Enter');
    const excerpts = page.getByRole('list', { name: 'Excerpts' });
    await excerpts.waitFor();
    const quotes = await excerpts.locator('.rc-quote').allTextContents();
    expect(quotes.some((q) => q.includes(SCRIPT))).toBe(true);
    expect(quotes.some((q) => q.includes(IMG))).toBe(true);

    const showContext = excerpts.getByRole('button', { name: 'Show context' }); // each becomes "Hide context" once clicked
    for (let left = await showContext.count(); left > 0; left -= 1) await showContext.first().click();
    await page.locator('.rc-context').first().waitFor();
    await expect.poll(() => page.locator('.rc-context-text').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(SCRIPT), expect.stringContaining(IMG)]),
    );

    await page.getByLabel('Excerpts only').uncheck();
    await page.getByLabel('Your question').fill('What did the quarantine programme form contain?');
    await page.getByLabel('Your question').press('Enter');
    await page.locator('.rc-answer:not(.rc-pending)').nth(1).waitFor();

    // Nothing from the corpus became an element, and nothing ran.
    expect(await page.locator('.rc script, .rc img').count()).toBe(0);
    await page.waitForTimeout(200); // give an injected onerror the chance it must not have
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
