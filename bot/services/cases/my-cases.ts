import { weekdayName } from '../../../core/calendar/local-date.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import { senderOf } from '../people/sender.js';
import type { ServiceDeps } from '../service-deps.js';
import { caseDueDates, nextDue } from './case-due-dates.js';

/** 我的案件: my open cases, each with its next deadline, soonest first. */
export async function myCases(deps: ServiceDeps, message: IncomingMessage): Promise<Reply[]> {
  const sender = senderOf(deps.directory, message);
  const cases = await deps.repos.cases.openCasesOf(sender.ref);
  const rows = cases.map((c) => ({ c, next: nextDue(caseDueDates(deps, c)) }))
    .sort((a, b) => (a.next?.due ?? '9999').localeCompare(b.next?.due ?? '9999'));
  return [{
    kind: 'case',
    locale: 'zh',
    title: `我的案件（办理中 ${cases.length} 件）`,
    summary: cases.length ? '按下一个期限排序：' : '您还没有登记办理中的案件。登记：登记案件 <案号> <案由> 立案 <日期>',
    sections: rows.length ? [{
      heading: '办理中',
      items: rows.map(({ c, next }) => ({
        text: `${c.caseNo} · ${deps.knowledge.caseTypes.find((t) => t.id === c.caseType)?.name ?? c.caseType}`,
        note: next ? `下一期限：${next.title} ${next.due}（${weekdayName(next.due)}）· ${next.status} — ${next.basis}` : '暂无未完成的期限',
        flag: next?.status === '超期' ? 'overdue' as const : next?.status === '临期' || next?.status === '到期' ? 'due' as const : 'upcoming' as const,
      })),
    }] : [],
    citations: [],
    actions: rows.slice(0, 5).map(({ c }, i) => ({ id: `case-${i}`, label: c.caseNo, value: `案件 ${c.caseNo}` })),
  }];
}
