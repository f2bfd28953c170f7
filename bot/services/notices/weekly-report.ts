import { weeklySummary } from '../../../adapters/store/repositories/weekly-summary.js';
import { addDays } from '../../../core/calendar/local-date.js';
import type { Reply } from '../../../core/reply/reply.js';
import { atLocal } from '../../../core/calendar/local-time.js';
import { todayOf } from '../cases/today.js';
import { unitName } from '../people/resolve-units.js';
import type { ServiceDeps } from '../service-deps.js';

/** 周通报: the last seven days per unit — cases registered and closed, notices answered, overdue. */
export async function weeklyReport(deps: ServiceDeps): Promise<Reply[]> {
  const today = todayOf(deps);
  const from = addDays(today, -6);
  const s = await weeklySummary(deps.db, { from: atLocal(from, '00:00', deps.directory.timezone).toISOString(), to: atLocal(addDays(today, 1), '00:00', deps.directory.timezone).toISOString(), today });
  return [{
    kind: 'status', locale: 'zh', citations: [],
    title: `周通报（${from} 至 ${today}）`,
    summary: `新登记案件 ${s.totals.casesRegistered} 件，结案 ${s.totals.casesClosed} 件，办理中 ${s.totals.openCases} 件；发布提示单 ${s.remindersIssued} 份、督办单 ${s.supervisionNoticesIssued} 份；整改超期 ${s.totals.overdue} 项。`,
    sections: [{
      heading: '各单位',
      items: s.units.map((u) => ({
        text: `${unitName(deps.directory, u.unitId)}：登记 ${u.casesRegistered} · 结案 ${u.casesClosed} · 办理中 ${u.openCases} · 收到 ${u.noticesReceived} · 签收 ${u.acknowledged} · 报整改 ${u.remediationReported} · 验收 ${u.accepted}${u.overdue ? ` · 超期 ${u.overdue}` : ''}`,
        flag: u.overdue ? 'overdue' as const : undefined,
      })),
    }],
  }];
}
