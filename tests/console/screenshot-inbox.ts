/**
 * Saves docs/console-inbox.png for the README: an officer who works in the console registers a case
 * inside a warning window; the reminder sweep's 临期 reminder shows in the page's 提醒 panel.
 * Run: `npx tsx tests/console/screenshot-inbox.ts` (needs /usr/bin/chromium and a CJK font).
 */
import { join } from 'node:path';
import { packageRoot } from '../../bot/paths.js';
import { runReminderSweep } from '../../bot/reminders/sweep.js';
import { startTestApp } from '../http/start-test-app.js';
import { writeTestConfig } from '../support/write-config.js';
import { launchBrowser } from './launch-browser.js';

// In the past: the runner sends by the real clock.
const NOW = new Date('2026-09-09T10:00:00+08:00');
const CASE_NO = '甬交执罚〔2026〕123号';

async function main(): Promise<void> {
  const config = writeTestConfig([
    'quietHours: none',
    'units:',
    '  - { id: haishu, name: 海曙大队, destinations: [] }',
    'people:',
    '  - { name: 李执法, unit: haishu, role: officer, ids: { console: li } }',
  ]);
  const t = await startTestApp({ env: { CASEBOT_CONFIG: config }, now: NOW });
  const browser = await launchBrowser();
  try {
    for (const text of [`登记案件 ${CASE_NO} 非法营运 立案 2026-09-01`, `案件 ${CASE_NO} 告知 2026-09-07`]) {
      await t.postJson('/api/console/messages', { userId: 'li', text });
    }
    await runReminderSweep(t.app.runtime.deps, NOW);
    await t.app.runtime.runner.idle(15_000);
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1 });
    await page.goto(`${t.url}/?user=li`);
    await page.locator('#inbox-list li').first().waitFor({ state: 'attached' });
    await page.click('#inbox summary');
    const out = join(packageRoot(), 'docs', 'console-inbox.png');
    await page.screenshot({ path: out, fullPage: false });
    process.stdout.write(`saved ${out}\n`);
  } finally {
    await browser.close();
    await t.app.stop();
  }
}

await main();
