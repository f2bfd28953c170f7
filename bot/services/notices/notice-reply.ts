import type { NoticeRecord } from '../../../adapters/store/repositories/notice-records.js';
import type { Reply } from '../../../core/reply/reply.js';

export const KIND_NAME = { reminder: '执法规范提示单', supervision: '执法监督工作提示单' } as const;

/**
 * The notice as pushed to a unit's group. Buttons where the platform has them; the reply text
 * also lists what to answer, because a WeCom group robot cannot receive (answer from any chat).
 */
export function noticePushReply(notice: NoticeRecord, unitName: string): Reply {
  const supervision = notice.kind === 'supervision';
  return {
    kind: 'notice',
    locale: 'zh',
    title: `【${KIND_NAME[notice.kind]} ${notice.ref}】${notice.title}`,
    summary: supervision ? `${unitName}：请于 ${notice.remediationDue} 前完成整改并报告。` : `${unitName}：请组织学习并确认收到。`,
    sections: [
      { heading: supervision ? '问题与要求' : '提示内容', items: [{ text: notice.content }] },
      { heading: '签发', items: [{ text: `${notice.issuer.name} · ${notice.createdAt.slice(0, 10)}${notice.urgent ? ' · 紧急' : ''}` }] },
    ],
    citations: [],
    actions: [
      { id: 'ack', label: '收到', value: `收到 ${notice.ref}`, style: 'primary' },
      ...(supervision ? [{ id: 'remediated', label: '已整改', value: `已整改 ${notice.ref} ` }] : []),
    ],
  };
}

/** A title from the content: its first sentence, at most 30 characters. */
export function titleOf(content: string): string {
  const first = content.split(/[。！？!?\n]/)[0]!.trim();
  return first.length > 30 ? `${first.slice(0, 30)}…` : first;
}
