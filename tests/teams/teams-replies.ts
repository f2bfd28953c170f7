/**
 * Deterministic replies and a tiny real handler for the Teams tests (no mocks): it answers
 * every message with a card that echoes what the adapter parsed.
 */
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';

/** 行政处罚法 第六十条 (90 days from 立案) is verified in legal-facts.md; 民事诉讼法 第八十五条 by analogy is UNVERIFIED there. */
export const VERIFIED_CITATION = { law: '中华人民共和国行政处罚法', article: '第六十条', source: 'legal-facts.md', verified: true } as const;
export const UNVERIFIED_CITATION = {
  law: '中华人民共和国民事诉讼法', article: '第八十五条', source: 'legal-facts.md', verified: false, note: 'applied by analogy — UNVERIFIED as binding',
} as const;

export function echoReply(message: IncomingMessage): Reply {
  return {
    kind: 'help',
    locale: 'zh',
    title: `收到：${message.text}`,
    summary: `${message.conversation.kind} · ${message.user.id}${message.actionValue ? ` · 按钮 ${message.actionValue}` : ''}`,
    sections: [{ heading: '要点', items: [{ text: '立案后90日内作出处罚决定', flag: 'due' }, { text: '期间计算规则', flag: 'unverified' }] }],
    citations: [VERIFIED_CITATION, UNVERIFIED_CITATION],
    actions: [{ id: 'ack', label: '收到', value: '收到 N-12', style: 'primary' }],
    unverified: true,
  };
}

/** The handler most adapter tests use; records what it was given. */
export function echoHandler(seen: IncomingMessage[] = []): (m: IncomingMessage) => Promise<Reply[]> {
  return async (message) => {
    seen.push(message);
    return [echoReply(message)];
  };
}

/** A reply far larger than one Teams message: many sections of long CJK items. */
export function longReply(sections = 12, itemsPerSection = 30): Reply {
  return {
    kind: 'evidence', locale: 'zh', title: '超长答复', summary: '分多条消息发送',
    sections: Array.from({ length: sections }, (_, s) => ({
      heading: `第${s + 1}部分`,
      items: Array.from({ length: itemsPerSection }, (_, i) => ({
        text: `证据项 ${s + 1}-${i + 1}：${'询问笔录应当载明当事人基本情况、违法事实和证据来源。'.repeat(3)}`,
        note: `依据说明 ${s + 1}-${i + 1}`,
      })),
    })),
    citations: [VERIFIED_CITATION, UNVERIFIED_CITATION],
    actions: [{ id: 'more', label: '更多', value: '更多' }],
    unverified: true,
  };
}
