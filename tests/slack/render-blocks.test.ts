import { describe, expect, it } from 'vitest';
import { renderSlackMessages } from '../../adapters/slack/index.js';
import type { Reply } from '../../core/reply/reply.js';
import { renderText } from '../../core/reply/render-text.js';
import { slackLimitViolations, slackVisibleText } from './slack-limits.js';

const base: Reply = {
  kind: 'evidence', locale: 'zh', title: '非法营运（黑车拉客）证据清单',
  summary: '以下为必备证据 <注意> & 条件证据',
  sections: [{ heading: '必备证据', items: [{ text: '询问笔录', flag: 'ok' }, { text: '车辆照片', flag: 'missing', note: '需显示车牌' }] }],
  citations: [
    { law: '中华人民共和国行政处罚法', article: '第五十五条', source: 't', verified: true },
    { law: '道路运输条例', article: '第六十三条', source: 't', verified: false },
  ],
  actions: [{ id: 'more', label: '条件证据', value: '黑车 条件证据', style: 'primary' }],
  unverified: true,
};

function longReply(): Reply {
  const sections = Array.from({ length: 12 }, (_, s) => ({
    heading: `第${s + 1}部分`,
    items: Array.from({ length: 20 }, (_, i) => ({ text: `条目${s}-${i}：${'证据材料应当真实合法'.repeat(20)}`, note: `依据说明${s}-${i}` })),
  }));
  return {
    ...base, title: '超'.repeat(200), sections,
    citations: Array.from({ length: 60 }, (_, i) => ({ law: `某某法规${i}`, article: '第一条', source: 't', verified: true })),
    actions: Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, label: `按钮${i}`.repeat(20), value: `命令 ${i}` })),
  };
}

describe('renderSlackMessages', () => {
  it('renders header, mrkdwn sections, the 待核实 note, citations and buttons, with the plain-text fallback', () => {
    const [message, ...rest] = renderSlackMessages(base);
    expect(rest).toHaveLength(0);
    expect(message!.text).toBe(renderText(base));
    expect(message!.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'context', 'actions']);
    const json = JSON.stringify(message!.blocks);
    expect(json).toContain('以下为必备证据 &lt;注意&gt; &amp; 条件证据');
    expect(json).toContain('*【必备证据】*');
    expect(json).toContain('《中华人民共和国行政处罚法》第五十五条；《道路运输条例》第六十三条（待核实）');
    expect(message!.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ type: 'button', value: '黑车 条件证据', style: 'primary', text: { text: '条件证据' } }] });
  });

  it('splits a long reply into several messages, each within every Slack limit, losing no item', () => {
    const reply = longReply();
    const messages = renderSlackMessages(reply);
    expect(messages.length).toBeGreaterThan(3);
    for (const [i, m] of messages.entries()) expect(slackLimitViolations(m), `message ${i}`).toEqual([]);
    const all = messages.map(slackVisibleText).join('\n');
    for (const section of reply.sections) for (const item of section.items) expect(all).toContain(item.text);
    for (const action of reply.actions!) expect(JSON.stringify(messages)).toContain(`"value":"${action.value}"`);
    expect(messages[1]!.blocks[0]).toMatchObject({ type: 'header' });
    expect((messages[1]!.blocks[0] as { text: { text: string } }).text.text).toMatch(/\(2\/\d+\)$/);
  });

  it('cuts one oversized item into sections of at most 3000 characters, without breaking an emoji', () => {
    const item = { text: '😀'.repeat(4000) };
    const messages = renderSlackMessages({ ...base, actions: [], citations: [], sections: [{ heading: '长', items: [item] }] });
    for (const m of messages) expect(slackLimitViolations(m)).toEqual([]);
    const sections = messages.flatMap((m) => m.blocks).filter((b) => b.type === 'section').map((b) => (b as { text: { text: string } }).text.text);
    expect(sections.join('')).toContain('😀'.repeat(1000));
    for (const s of sections) expect(s).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('gives English replies English labels', () => {
    const [m] = renderSlackMessages({ ...base, locale: 'en' });
    expect(JSON.stringify(m!.blocks)).toContain('Legal basis：');
  });
});
