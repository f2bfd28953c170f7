import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../adapters/console/render-html.js';
import type { Reply } from '../../core/reply/reply.js';

const EVIL = '<img src=x onerror="alert(1)">&\'';

const reply: Reply = {
  kind: 'evidence', locale: 'zh', title: EVIL, summary: EVIL,
  sections: [{ heading: EVIL, items: [{ text: EVIL, note: EVIL, flag: 'missing' }, { text: '现场照片' }] }],
  citations: [
    { law: '中华人民共和国行政处罚法', article: '第六十条', source: 's', verified: true },
    { law: '交通运输行政执法程序规定', article: '第九十七条', source: 's', verified: false, note: EVIL },
  ],
  unverified: true,
  actions: [{ id: 'a', label: EVIL, value: `" onclick="alert(2)`, style: 'danger' }],
};

describe('renderHtml', () => {
  const html = renderHtml(reply);

  it('escapes every piece of text, attributes included', () => {
    expect(html).not.toMatch(/<img|onerror="|onclick="/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
    expect(html).toContain('data-value="&quot; onclick=&quot;alert(2)"');
  });

  it('labels flags, marks unverified citations 待核实 and adds the note', () => {
    expect(html).toContain('<span class="flag flag-missing">缺失</span>');
    expect(html).toContain('<li>《中华人民共和国行政处罚法》第六十条</li>');
    expect(html).toContain('《交通运输行政执法程序规定》第九十七条 <span class="flag flag-unverified">待核实</span>');
    expect(html).toContain('<p class="unverified-note">');
    expect(html).toMatch(/^<article class="reply reply-evidence" lang="zh-CN">.*<\/article>$/s);
  });

  it('speaks English labels for an English reply', () => {
    const en = renderHtml({ ...reply, locale: 'en' });
    expect(en).toContain('<h3>Legal basis</h3>');
    expect(en).toContain('lang="en"');
  });
});
