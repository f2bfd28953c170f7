/**
 * Saves docs/console.png for the README: the real app, real knowledge, two real questions.
 * Run: `npx tsx tests/console/screenshot.ts` (needs /usr/bin/chromium and a CJK font such as
 * fonts-wqy-microhei, or the Chinese text renders as boxes).
 */
import { join } from 'node:path';
import { packageRoot } from '../../bot/paths.js';
import { startTestApp } from '../http/start-test-app.js';
import { launchBrowser } from './launch-browser.js';

const QUESTIONS = ['黑车拉客要哪些证据', '2025-09-26告知，当事人听证申请期限到哪天'];

async function main(): Promise<void> {
  const t = await startTestApp({ now: new Date('2025-09-28T10:00:00+08:00') });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, deviceScaleFactor: 1 });
    await page.goto(`${t.url}/`);
    for (const [i, q] of QUESTIONS.entries()) {
      await page.fill('#input', q);
      await page.click('#send');
      await page.locator('.msg-bot .reply').nth(i).waitFor();
    }
    // Show the first question and the top of its answer: the checklist is what a reader wants to see.
    await page.locator('.msg-user').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const out = join(packageRoot(), 'docs', 'console.png');
    await page.screenshot({ path: out, fullPage: false });
    process.stdout.write(`saved ${out}\n`);
  } finally {
    await browser.close();
    await t.app.stop();
  }
}

await main();
