/**
 * Saves the README's screenshots from the real app in Debian's chromium:
 * - docs/console.png: two real questions, the first answer's evidence checklist in view;
 * - docs/console-inbox.png: an officer who works in the console registers a case inside a warning
 *   window, and the reminder sweep's 临期 reminder shows in the page's 提醒 panel.
 * Run: `npx tsx tests/console/screenshot.ts` (needs /usr/bin/chromium and a CJK font such as
 * fonts-wqy-microhei, or the Chinese text renders as boxes).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { packageRoot } from '../../bot/paths.js';
import { runReminderSweep } from '../../bot/reminders/sweep.js';
import { startTestApp, type TestApp } from '../http/start-test-app.js';
import { writeTestConfig } from '../support/write-config.js';
import { launchBrowser } from './launch-browser.js';

const QUESTIONS = ['黑车拉客要哪些证据', '2025-09-26告知，当事人听证申请期限到哪天'];
const CASE_NO = '甬交执罚〔2026〕123号';

type Scene = (t: TestApp, page: Page) => Promise<void>;

async function questions(t: TestApp, page: Page): Promise<void> {
  await page.goto(`${t.url}/`);
  for (const [i, q] of QUESTIONS.entries()) {
    await page.fill('#input', q);
    await page.click('#send');
    await page.locator('.msg-bot .reply').nth(i).waitFor();
  }
  // Show the first question and the top of its answer: the checklist is what a reader wants to see.
  await page.locator('.msg-user').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

async function inbox(t: TestApp, page: Page): Promise<void> {
  for (const text of [`登记案件 ${CASE_NO} 非法营运 立案 2026-09-01`, `案件 ${CASE_NO} 告知 2026-09-07`]) {
    await t.postJson('/api/console/messages', { userId: 'li', text });
  }
  await runReminderSweep(t.app.runtime.deps, new Date('2026-09-09T10:00:00+08:00'));
  await t.app.runtime.runner.idle(15_000);
  await page.goto(`${t.url}/?user=li`);
  await page.locator('#inbox-list li').first().waitFor({ state: 'attached' });
  await page.click('#inbox summary');
}

async function shoot(file: string, t: TestApp, height: number, scene: Scene): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height }, deviceScaleFactor: 1 });
    await scene(t, page);
    const out = join(packageRoot(), 'docs', file);
    await page.screenshot({ path: out, fullPage: false });
    process.stdout.write(`saved ${out}\n`);
  } finally {
    await browser.close();
    await t.app.stop();
  }
}

await shoot('console.png', await startTestApp({ now: new Date('2025-09-28T10:00:00+08:00') }), 1000, questions);
// In the past: the runner sends by the real clock. The officer's only id is a console id.
const officer = writeTestConfig([
  'quietHours: none',
  'units: [{ id: haishu, name: 海曙大队, destinations: [] }]',
  'people: [{ name: 李执法, unit: haishu, role: officer, ids: { console: li } }]',
]);
await shoot('console-inbox.png', await startTestApp({ env: { CASEBOT_CONFIG: officer }, now: new Date('2026-09-09T10:00:00+08:00') }), 760, inbox);
