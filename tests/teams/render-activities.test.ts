// Reply → Teams messages: an Adaptive Card 1.5 plus a plain-text fallback, split within Teams' size limit.
import { describe, expect, it } from 'vitest';
import { ACTIVITY_BUDGET_BYTES, TEAMS_MESSAGE_LIMIT_BYTES, payloadBytes, renderActivities } from '../../adapters/teams/index.js';
import { renderText } from '../../core/reply/render-text.js';
import type { Reply } from '../../core/reply/reply.js';
import { echoReply, longReply } from './teams-replies.js';

const reply = echoReply({ id: 'm', platform: 'teams', conversation: { id: 'c', kind: 'direct' }, user: { id: 'u' }, text: '期限' });

type Card = { version: string; body: Array<Record<string, unknown>>; actions?: Array<Record<string, unknown>>; fallbackText: string };
const cardOf = (a: ReturnType<typeof renderActivities>[number]): Card => a.attachments[0].content as unknown as Card;
const texts = (card: Card): string[] => card.body.filter((b) => b.type === 'TextBlock').map((b) => String(b.text));

describe('renderActivities', () => {
  it('renders one reply as one Adaptive Card 1.5 with the plain text as fallback', () => {
    const [activity, ...rest] = renderActivities(reply);
    expect(rest).toHaveLength(0);
    expect(activity!.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = cardOf(activity!);
    expect(card.version).toBe('1.5');
    expect(activity!.summary).toBe(renderText(reply));
    expect(card.fallbackText).toBe(renderText(reply));
    expect(texts(card)).toEqual(expect.arrayContaining(['收到：期限', '要点', '● 立案后90日内作出处罚决定', '? 期间计算规则（待核实）', '法律依据']));
  });

  it('lists citations in a FactSet and flags the unverified one 待核实', () => {
    const facts = cardOf(renderActivities(reply)[0]!).body.find((b) => b.type === 'FactSet')!.facts;
    expect(facts).toEqual([
      { title: '《中华人民共和国行政处罚法》', value: '第六十条' },
      { title: '《中华人民共和国民事诉讼法》', value: '第八十五条（待核实）' },
    ]);
  });

  it('turns actions into Action.Submit buttons carrying the command', () => {
    expect(cardOf(renderActivities(reply)[0]!).actions).toEqual([
      { type: 'Action.Submit', id: 'ack', title: '收到', data: { casebotAction: '收到 N-12', actionId: 'ack' }, style: 'positive' },
    ]);
  });

  it('splits a long reply into several messages, each within the budget, nothing lost', () => {
    const long = longReply();
    const parts = renderActivities(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(payloadBytes(part)).toBeLessThanOrEqual(ACTIVITY_BUDGET_BYTES);
    expect(ACTIVITY_BUDGET_BYTES).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    const allItems = parts.flatMap((p) => texts(cardOf(p))).filter((t) => t.startsWith('· 证据项'));
    expect(allItems).toHaveLength(12 * 30);
    expect(texts(cardOf(parts[0]!))[0]).toBe(`超长答复（1/${parts.length}）`);
    expect(texts(cardOf(parts.at(-1)!))[0]).toBe(`超长答复（${parts.length}/${parts.length}）`);
  });

  it('keeps the summary in the first part and citations and buttons in the last', () => {
    const parts = renderActivities(longReply());
    const first = cardOf(parts[0]!), last = cardOf(parts.at(-1)!);
    expect(texts(first)).toContain('分多条消息发送');
    expect(texts(last)).not.toContain('分多条消息发送');
    expect(first.actions).toBeUndefined();
    expect(last.actions).toHaveLength(1);
    expect(parts.slice(0, -1).every((p) => !cardOf(p).body.some((b) => b.type === 'FactSet'))).toBe(true);
    expect(last.body.some((b) => b.type === 'FactSet')).toBe(true);
  });

  it('cuts a single item too large for any message rather than send an oversized one', () => {
    const huge: Reply = { ...reply, sections: [{ heading: '巨大', items: [{ text: '字'.repeat(40_000) }] }] };
    const parts = renderActivities(huge);
    for (const part of parts) expect(payloadBytes(part)).toBeLessThanOrEqual(ACTIVITY_BUDGET_BYTES);
    expect(texts(cardOf(parts[0]!)).some((t) => t.endsWith('…'))).toBe(true);
  });

  it('splits an English reply with English part markers', () => {
    const parts = renderActivities({ ...longReply(), locale: 'en', title: 'Long' });
    expect(texts(cardOf(parts[1]!))[0]).toBe(`Long (2/${parts.length})`);
  });
});
