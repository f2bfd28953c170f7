import { noticeStatus } from '../../../adapters/store/repositories/notice-status-queries.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { ItemFlag, Reply } from '../../../core/reply/reply.js';
import { todayOf } from '../cases/today.js';
import { unitName } from '../people/resolve-units.js';
import { senderOf } from '../people/sender.js';
import type { ServiceDeps } from '../service-deps.js';
import { KIND_NAME } from './notice-reply.js';

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/**
 * 督办情况 [编号]: per notice and unit — delivered / acknowledged / remediated / overdue. A person
 * scoped to some units sees only theirs; officers see their own unit's.
 */
export async function showNoticeStatus(deps: ServiceDeps, message: IncomingMessage, ref?: string): Promise<Reply[]> {
  const sender = senderOf(deps.directory, message);
  const { role, scope, unit } = sender.person;
  const unitIds = role === 'admin' || role === 'reviewer' || (role === 'supervisor' && !scope) ? undefined : scope ?? (unit ? [unit] : []);
  const views = (await noticeStatus(deps.db, { today: todayOf(deps), unitIds, limit: ref ? 200 : 20 }))
    .filter((v) => !ref || v.notice.ref.toUpperCase() === ref.toUpperCase());
  if (views.length === 0) return [{ kind: 'status', locale: 'zh', title: '督办情况', summary: ref ? `没有找到 ${ref}。` : '暂无提示单或督办单。', sections: [], citations: [] }];
  return [{
    kind: 'status', locale: 'zh', citations: [],
    title: '督办情况',
    summary: '送达 / 签收 / 整改 / 超期，按单位列出：',
    sections: views.map((v) => ({
      heading: `${v.notice.ref} ${KIND_NAME[v.notice.kind]}：${v.notice.title}${v.notice.remediationDue ? `（整改期限 ${v.notice.remediationDue}）` : ''}`,
      items: v.targets.map((t) => ({
        text: `${unitName(deps.directory, t.unitId)}：送达${mark(t.delivered)} 签收${mark(t.acknowledged)}${v.notice.kind === 'supervision' ? ` 整改${mark(t.remediated)}${t.accepted ? ' 已验收' : ''}` : ''}${t.overdue ? ' · 超期' : ''}`,
        note: t.acknowledgements ? `${t.acknowledgements} 人签收` : undefined,
        flag: (t.overdue ? 'overdue' : t.remediated || (v.notice.kind === 'reminder' && t.acknowledged) ? 'ok' : 'upcoming') as ItemFlag,
      })),
    })),
  }];
}
