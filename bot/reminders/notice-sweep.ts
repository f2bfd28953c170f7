import { NoticeTargetRepository } from '../../adapters/store/repositories/notice-target-repository.js';
import type { NoticeTargetRecord } from '../../adapters/store/repositories/notice-records.js';
import { outstandingTargets } from '../../adapters/store/repositories/notice-status-queries.js';
import { firstOverdueDay } from '../../adapters/store/repositories/reminder-claims.js';
import { ReminderLogRepository } from '../../adapters/store/repositories/reminder-log-repository.js';
import { commitDecisions } from './commit-decisions.js';
import { escalationDue } from './escalation-due.js';
import {
  NOTICE_REMEDIATION_RULE, noticeEscalationDecision, noticeReminderDecision, noticeReminderSubject, type DueNotice,
} from './notice-decisions.js';
import { ESCALATION_STAGE } from './case-decisions.js';
import type { ReminderDecision } from './reminder-decision.js';
import type { ReminderDeps } from './reminder-deps.js';
import { emptyCounts, type SweepCounts } from './sweep-counts.js';
import type { SweepMoment } from './sweep-moment.js';

interface Candidate {
  notice: DueNotice;
  target: NoticeTargetRecord;
}

/** Supervision notices still awaiting remediation at a unit, with their deadline. */
async function dueTargets(deps: ReminderDeps): Promise<Candidate[]> {
  const outstanding = await outstandingTargets(deps.db);
  return outstanding.filter((o): o is Candidate => o.notice.kind === 'supervision' && o.notice.remediationDue !== null);
}

/**
 * Remediation reminders of outstanding supervision notices (临期 / 到期 / 超期 to the unit's groups,
 * 超期 also to the issuer), then the escalation of overdue targets nobody at the unit acknowledged.
 * The target's last_reminded_stage keeps a stage from being claimed twice.
 */
export async function sweepNoticeRemediation(deps: ReminderDeps, moment: SweepMoment): Promise<SweepCounts> {
  const counts = emptyCounts();
  const decisions: ReminderDecision[] = [];
  const marks: { noticeId: string; unitId: string; stage: string }[] = [];
  const overdue: Candidate[] = [];
  for (const c of await dueTargets(deps)) {
    counts.scanned += 1;
    const stage = moment.stageOf(c.notice.remediationDue);
    if (!stage) continue;
    if (c.target.lastRemindedStage !== stage.key) {
      decisions.push(noticeReminderDecision(deps, moment, c.notice, c.target, stage));
      marks.push({ noticeId: c.notice.id, unitId: c.target.unitId, stage: stage.key });
    }
    if (stage.kind === '超期' && c.target.acknowledgedAt === null) overdue.push(c);
  }
  if (decisions.length > 0) {
    const claimed = await commitDecisions(deps, moment.now, decisions, async (trx) => {
      const targets = new NoticeTargetRepository(trx, { now: () => moment.now });
      for (const m of marks) await targets.setLastReminded(m.noticeId, m.unitId, m.stage);
    });
    counts.reminders += claimed.size;
    counts.jobs += decisions.reduce((n, d) => n + d.jobs.length, 0);
  }
  for (const c of overdue) {
    const jobs = await escalateNotice(deps, moment, c);
    if (jobs !== undefined) {
      counts.escalations += 1;
      counts.jobs += jobs;
    }
  }
  return counts;
}

/** One escalation per overdue target once its first overdue reminder waited a working day. */
async function escalateNotice(deps: ReminderDeps, moment: SweepMoment, c: Candidate): Promise<number | undefined> {
  const item = { subject: noticeReminderSubject(c.notice.id, c.target.unitId), rule: NOTICE_REMEDIATION_RULE, date: c.notice.remediationDue };
  const log = new ReminderLogRepository(deps.db, { now: () => moment.now });
  if (await log.has({ ...item, stage: ESCALATION_STAGE })) return undefined;
  const first = await firstOverdueDay(deps.db, item);
  const stage = moment.stageOf(c.notice.remediationDue);
  if (!first || !stage || !escalationDue(first, moment, deps.calendar)) return undefined;
  const decided = noticeEscalationDecision(deps, moment, c.notice, c.target, stage, first);
  const claimed = await commitDecisions(deps, moment.now, [decided]);
  return claimed.size > 0 ? decided.jobs.length : undefined;
}
