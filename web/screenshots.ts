/**
 * Screenshots of the page and the widget after real questions and answers, at desktop (1280×800)
 * and phone (375×740) sizes, into .tmp/screens/. For looking at, not for asserting.
 *   npx tsx web/screenshots.ts            # the bundled corpus, offline default embedder (index cached in .tmp/)
 *   npx tsx web/screenshots.ts --fast     # deterministic hashing embedder, quicker
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ensureIndex } from '../ingest/pipeline';
import { createExtractiveComposer } from '../server/answer';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { createFollowUpRewriter } from '../server/follow-up';
import { HASHING_RAW_SCORES, HashingEmbedder } from '../test-support/hashing-embedder';
import { launchChromium } from '../test-support/web-browser';
import { startHostPage } from '../test-support/web-host-page';
import { createEmbedder } from '../vectors/embedders';
import { buildWeb, DEFAULT_OUT_DIR } from './build';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.tmp/screens');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

async function ask(page: Page, scope: ReturnType<Page['locator']>, question: string, nth: number) {
  await scope.getByLabel('Your question').fill(question);
  await scope.getByLabel('Your question').press('Enter');
  await scope.locator('.rc-answer:not(.rc-pending)').nth(nth).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(150);
}

async function main() {
  await mkdir(OUT, { recursive: true });
  await buildWeb();
  const fast = process.argv.includes('--fast');
  const index = await ensureIndex({
    corpusDir: path.join(ROOT, 'data/reports'),
    indexDir: path.join(ROOT, fast ? '.tmp/screens-index-fast' : '.tmp/screens-index'),
    embedder: fast ? new HashingEmbedder(256) : createEmbedder(undefined),
    open: fast ? HASHING_RAW_SCORES : undefined,
  });
  const host = await startHostPage(DEFAULT_OUT_DIR);
  const config = loadConfig({ LOG_LEVEL: 'silent', ALLOWED_ORIGINS: host.origin, RATE_LIMIT_MAX: '10000' });
  const app = await buildApp({ config, index, composer: createExtractiveComposer(), rewriter: createFollowUpRewriter(), logger: false, staticRoot: DEFAULT_OUT_DIR });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/`;
  const browser = await launchChromium();
  const shots: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  };
  try {
    for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const page = await browser.newPage({ viewport });
      await page.goto(url);
      await page.locator('.rc-conn[data-state="ready"]').waitFor();
      await shot(page, `page-${label}-empty`);
      const body = page.locator('body');
      await ask(page, body, 'How has IOM implemented the 12-point Strategy?', 0);
      await shot(page, `page-${label}-answer`);
      await page.locator('.rc-answer .rc-chip:not([disabled])').first().click();
      await page.getByRole('dialog').getByRole('button', { name: 'Show context' }).click();
      await page.locator('.rc-context mark').waitFor();
      await page.locator('.rc-context mark').scrollIntoViewIfNeeded();
      await shot(page, `page-${label}-citation-context`);
      await ask(page, body, 'What does it say about migrant health?', 1);
      await shot(page, `page-${label}-follow-up`);
      await ask(page, body, 'What is the price of bananas in Geneva?', 2);
      await page.locator('.rc-answer').nth(2).scrollIntoViewIfNeeded();
      await shot(page, `page-${label}-abstention`);
      await page.getByLabel('Excerpts only').check();
      await page.getByLabel('Your question').fill('International Dialogue on Migration 2008 themes');
      await page.getByLabel('Your question').press('Enter');
      await page.getByRole('list', { name: 'Excerpts' }).waitFor();
      await shot(page, `page-${label}-excerpts`);
      await page.close();

      const hostPage = await browser.newPage({ viewport });
      await hostPage.goto(host.urlFor(url));
      await shot(hostPage, `widget-${label}-closed`);
      await hostPage.getByRole('button', { name: 'Ask the reports', exact: true }).click();
      const panel = hostPage.getByRole('dialog', { name: 'Ask the reports' });
      await panel.locator('.rc-conn[data-state="ready"]').waitFor();
      await ask(hostPage, panel, 'What themes were proposed for the International Dialogue on Migration in 2008?', 0);
      await shot(hostPage, `widget-${label}-answer`);
      await panel.locator('.rc-answer .rc-chip:not([disabled])').first().click();
      await shot(hostPage, `widget-${label}-citation`);
      await ask(hostPage, panel, 'And in 2009?', 1); // read as a standalone question, shown under it
      await shot(hostPage, `widget-${label}-follow-up`);
      await hostPage.close();
    }
    const refused = await browser.newPage({ viewport: DESKTOP });
    const stranger = await startHostPage(DEFAULT_OUT_DIR);
    await refused.goto(stranger.urlFor(url));
    await refused.getByRole('button', { name: 'Ask the reports', exact: true }).click();
    await refused.getByText('This site is not allowed to use the assistant.').waitFor({ timeout: 15_000 });
    await shot(refused, 'widget-desktop-refused');
    await stranger.close();
  } finally {
    await browser.close();
    await app.close();
    await host.close();
  }
  console.log(shots.map((f) => path.relative(ROOT, f)).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
