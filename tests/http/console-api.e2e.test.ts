import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './start-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

interface ConsoleAnswer {
  replies: { text: string; kind: string; title: string; html: string; reply: { title: string } }[];
}

async function ask(text: string): Promise<ConsoleAnswer> {
  const res = await t.postJson('/api/console/messages?html=1', { userId: 'officer-1', text });
  expect(res.status, text.slice(0, 40)).toBe(200);
  return (await res.json()) as ConsoleAnswer;
}

describe('POST /api/console/messages', () => {
  it('answers with plain text, kind, title, HTML and the neutral reply', async () => {
    const { replies } = await ask('帮助');
    expect(replies.length).toBeGreaterThan(0);
    const [first] = replies;
    expect(first!.text.startsWith(first!.title)).toBe(true);
    expect(first!.reply.title).toBe(first!.title);
    expect(first!.html).toMatch(/^<article class="reply reply-[a-z-]+"/);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['10 000 characters', '超'.repeat(10_000)],
    ['emoji only', '😀🚕🚓🙏🏻👍'],
    ['SQL-like', "'; DROP TABLE cases; -- OR 1=1"],
    ['HTML-like', '<img src=x onerror=alert(1)><script>alert(2)</script>'],
    ['control characters', '\u0000\u0007\u202e反向文字'],
  ])('gives a polite reply to %s input', async (_name, text) => {
    const { replies } = await ask(text);
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) {
      expect(r.text.trim().length).toBeGreaterThan(0);
      expect(r.html).not.toMatch(/<(img|script)/i);
    }
  });

  it('serves the chat page with a strict CSP and no external assets', async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('casebot 执法助手');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const asset of ['/console/console.js', '/console/console.css']) {
      const a = await fetch(`${t.url}${asset}`);
      expect(a.status, asset).toBe(200);
    }
  });
});
