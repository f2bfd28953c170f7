import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config/load-config.js';
import type { ConsoleInboxItem } from '../../adapters/store/repositories/console-inbox.js';
import { makeDeliveryJob } from '../../bot/delivery/delivery-job.js';
import { createConsoleRoutes } from '../../bot/http/routes/console-routes.js';
import { buildServer } from '../../bot/http/server.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { createMetrics } from '../../bot/metrics/metrics.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';
import { type TestApp, startTestApp } from '../http/start-test-app.js';
import { launchBrowser } from './launch-browser.js';

const XSS = '<img src=x onerror=alert(1)>';

/** A reply exercising every part of the page: echoed user text, flags, citations (one unverified), actions. */
function fakeReply(text: string): Reply {
  return {
    kind: 'evidence', locale: 'zh', title: `您问的是：${text}`, summary: '测试摘要',
    sections: [{ heading: '必备证据', items: [{ text: '询问笔录', flag: 'missing', note: `备注 ${text}` }, { text: '现场照片', flag: 'ok' }] }],
    citations: [
      { law: '中华人民共和国行政处罚法', article: '第六十条', source: 'test', verified: true },
      { law: '交通运输行政执法程序规定', article: '第九十七条', source: 'test', verified: false },
    ],
    unverified: true,
    actions: [{ id: 'more', label: '查看期限', value: '期限 立案=2026-09-25', style: 'primary' }],
  };
}

/** The fake server's inbox for `inbox-user`: newest first, one title trying to inject markup. */
const FAKE_INBOX: ConsoleInboxItem[] = [
  { id: 'n2', sentAt: '2026-09-09T02:05:00.000Z', reply: { ...fakeReply('提醒'), kind: 'notice', title: `【到期提醒】${XSS}`, actions: [{ id: 'ack', label: '收到', value: '收到 甬交执罚〔2026〕123号' }] } },
  { id: 'n1', sentAt: '2026-09-08T02:00:00.000Z', reply: { ...fakeReply('提醒'), kind: 'notice', title: '【临期提醒】较早的一条' } },
];

let browser: Browser;
let real: TestApp;
let fake: { server: FastifyInstance; url: string; received: IncomingMessage[] };

beforeAll(async () => {
  browser = await launchBrowser();
  real = await startTestApp();
  const received: IncomingMessage[] = [];
  const server = await buildServer({
    config: loadConfig({}), logger: createLogger({ level: 'silent' }), metrics: createMetrics(),
    channels: [createConsoleRoutes({ inbox: async (userId) => (userId === 'inbox-user' ? FAKE_INBOX : []) })],
    handler: async (m) => {
      received.push(m);
      return [fakeReply(m.text)];
    },
  });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  fake = { server, url, received };
});

afterAll(async () => {
  await browser?.close();
  await real?.app.stop();
  await fake?.server.close();
});

async function openConsole(url: string): Promise<Page> {
  const page = await browser.newPage();
  const failures: string[] = [];
  page.on('requestfailed', (r) => failures.push(r.url()));
  page.on('pageerror', (e) => failures.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as { casebotReady?: boolean }).casebotReady === true);
  expect(failures).toEqual([]);
  return page;
}

/** Types into the box, presses 发送, and waits for the next reply bubble. */
async function ask(page: Page, text: string): Promise<string> {
  const before = await page.locator('.msg-bot .reply').count();
  await page.fill('#input', text);
  await page.click('#send');
  await page.locator('.msg-bot .reply').nth(before).waitFor();
  return page.locator('.msg-bot .reply').nth(before).innerText();
}

describe('web console in Chromium', () => {
  it('answers a question typed by the user, with citations', async () => {
    const page = await openConsole(`${real.url}/`);
    expect(await page.title()).toBe('casebot 执法助手');
    const answer = await ask(page, '2026年1月5日立案，最晚哪天作出处罚决定');
    expect(answer).toMatch(/2026-04-07|2026年4月7日/);
    const citations = page.locator('.msg-bot .reply').last().locator('.citations li');
    expect(await citations.count()).toBeGreaterThan(0);
    expect(await citations.first().innerText()).toMatch(/^《.+》/);
    await page.close();
  });

  it('shows HTML-like input as text and creates no element from it', async () => {
    const page = await openConsole(`${real.url}/`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await ask(page, XSS);
    expect(await page.locator('.msg-user').last().innerText()).toBe(XSS);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('renders flags, 待核实 citations and the unverified note, escaping echoed text', async () => {
    const page = await openConsole(`${fake.url}/`);
    const answer = await ask(page, XSS);
    expect(answer).toContain(`您问的是：${XSS}`);
    expect(answer).toContain(`备注 ${XSS}`);
    expect(await page.locator('img').count()).toBe(0);
    const reply = page.locator('.msg-bot .reply').last();
    expect(await reply.locator('.flag-missing').innerText()).toBe('缺失');
    expect(await reply.locator('.citations li').allInnerTexts()).toEqual(['《中华人民共和国行政处罚法》第六十条', '《交通运输行政执法程序规定》第九十七条 待核实']);
    expect(await reply.locator('.unverified-note').innerText()).toContain('待核实');
    await page.close();
  });

  it('sends an action button\'s value as the next message', async () => {
    const page = await openConsole(`${fake.url}/`);
    await ask(page, '黑车');
    const count = await page.locator('.msg-bot .reply').count();
    await page.locator('.msg-bot .reply').last().getByRole('button', { name: '查看期限' }).click();
    await page.locator('.msg-bot .reply').nth(count).waitFor();
    expect(fake.received.at(-1)).toMatchObject({ platform: 'console', text: '期限 立案=2026-09-25', conversation: { kind: 'direct' } });
    expect(await page.locator('.msg-user').last().innerText()).toBe('期限 立案=2026-09-25');
    await page.close();
  });

  it('shows a reminder pushed to the console user in the 提醒 panel, with its time and an unread badge', async () => {
    await real.app.runtime.runner.enqueue([makeDeliveryJob({
      destination: { platform: 'console', userId: 'officer-9' },
      payload: { reply: { kind: 'notice', locale: 'zh', title: '【临期提醒】甬交执罚〔2026〕9号 当事人申请听证期限', sections: [], citations: [] } },
      subject: { kind: 'case', id: 'browser-test' }, stage: '临期-3', rule: 'hearing-request', actor: 'system',
    })]);
    await real.app.runtime.runner.idle(15_000);
    const page = await openConsole(`${real.url}/?user=officer-9`);
    await page.locator('#inbox-badge:not([hidden])').waitFor();
    expect(await page.locator('#inbox-badge').innerText()).toBe('1 条未读');
    expect(await page.locator('#inbox-user').innerText()).toContain('officer-9');
    await page.click('#inbox summary');
    const item = page.locator('#inbox-list .inbox-item').first();
    expect(await item.locator('h2').innerText()).toBe('【临期提醒】甬交执罚〔2026〕9号 当事人申请听证期限');
    expect(await item.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await item.locator('time').innerText()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(await page.locator('#inbox-badge').isHidden()).toBe(true);
    // The id is remembered: the same browser is still officer-9 without the query.
    await page.goto(`${real.url}/`);
    await page.locator('#inbox-list .inbox-item').first().waitFor({ state: 'attached' });
    expect(await page.locator('#inbox-badge').isHidden()).toBe(true);
    await page.close();
  });

  it('renders inbox items newest first as text, and their buttons send like typed text', async () => {
    const page = await openConsole(`${fake.url}/?user=inbox-user`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.click('#inbox summary');
    await page.locator('#inbox-list .inbox-item').nth(1).waitFor();
    expect(await page.locator('#inbox-list .inbox-item h2').allInnerTexts()).toEqual([`【到期提醒】${XSS}`, '【临期提醒】较早的一条']);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.locator('#inbox-list .inbox-item').first().getByRole('button', { name: '收到' }).click();
    await page.locator('.msg-bot .reply').first().waitFor();
    expect(fake.received.at(-1)).toMatchObject({ platform: 'console', user: { id: 'inbox-user' }, text: '收到 甬交执罚〔2026〕123号' });
    await page.close();
  });
});
