/**
 * The embeddable widget on an intranet page served from another origin: works when that origin is
 * allowed, says so plainly when it is not, stays isolated from the host page's CSS both ways, and
 * closes on Esc with focus back on the launcher.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebForTest } from '../../test-support/web-build';
import { launchChromium } from '../../test-support/web-browser';
import { startHostPage, type HostPage } from '../../test-support/web-host-page';
import { startRealServer, type RealServer } from '../../test-support/web-real-server';

let browser: Browser;
let server: RealServer;
let allowedHost: HostPage;
let otherHost: HostPage;
let cleanup: () => Promise<void>;

/** The element focused inside the widget's shadow root, described by its class. */
const shadowFocus = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-report-assistant]')?.shadowRoot?.activeElement?.className ?? null);

describe('widget on another site', () => {
  beforeAll(async () => {
    const built = await buildWebForTest();
    cleanup = built.cleanup;
    allowedHost = await startHostPage(built.distDir);
    otherHost = await startHostPage(built.distDir);
    server = await startRealServer({ distDir: built.distDir, reports: ['004_f5d453e5d967b2d5.txt'], allowedOrigins: [allowedHost.origin] });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await allowedHost?.close();
    await otherHost?.close();
    await cleanup?.();
  });

  it('answers from an allowed origin, isolated from the host page styles, and closes on Esc', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(allowedHost.urlFor(server.url));
    const launcher = page.getByRole('button', { name: 'Ask the reports', exact: true });
    await launcher.click();
    const panel = page.getByRole('dialog', { name: 'Ask the reports' });
    await panel.waitFor();
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await shadowFocus(page)).toBe('rc-input');
    await panel.locator('.rc-conn[data-state="ready"]').waitFor();
    await expect(panel.locator('.rc-conn').innerText()).resolves.toMatch(/^1 document · \d+ passages$/);

    await panel.getByLabel('Your question').fill('What themes are proposed for the International Dialogue on Migration in 2008?');
    await page.keyboard.press('Enter');
    await panel.locator('.rc-answer:not(.rc-pending)').waitFor();
    expect(await panel.locator('.rc-answer .rc-chip:not([disabled])').count()).toBeGreaterThan(0);

    // The host's `* { color: … !important; font-family: … !important }` does not reach the widget…
    const inside = await panel.locator('.rc-answer-text').evaluate((e) => {
      const s = getComputedStyle(e);
      return { color: s.color, font: s.fontFamily, size: s.fontSize, letterSpacing: s.letterSpacing, wordSpacing: s.wordSpacing };
    });
    expect(inside.color).toBe('rgb(26, 31, 39)');
    expect(inside.letterSpacing).toBe('normal'); // inherited from the host element unless :host resets everything
    expect(inside.wordSpacing).toBe('0px');
    expect(inside.font).not.toMatch(/courier/i);
    expect(inside.size).toBe('15px');
    // …and the widget's styles do not reach the host page.
    const hostButton = await page.locator('#host-button').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(hostButton).toBe('rgb(255, 105, 180)');

    await panel.getByLabel('Your question').focus();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await shadowFocus(page)).toBe('rc-launcher');
    await page.close();
  });

  it('tells a site that is not allowed so, instead of spinning', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(otherHost.urlFor(server.url));
    await page.getByRole('button', { name: 'Ask the reports', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Ask the reports' });
    await panel.getByText('This site is not allowed to use the assistant.').waitFor({ timeout: 10_000 });
    expect(await panel.locator('.rc-conn').getAttribute('data-state')).toBe('refused');
    expect(await panel.getByLabel('Your question').isDisabled()).toBe(true);
    await page.close();
  });
});
