import { createRepositories } from '../../../adapters/store/repositories/index.js';
import type { NoticeWithTargets } from '../../../adapters/store/repositories/notice-records.js';
import type { NoticeKind } from '../../../adapters/store/tables/notice-tables.js';
import { sendableAt } from '../../../core/reminders/quiet-hours.js';
import type { Reply } from '../../../core/reply/reply.js';
import type { Unit } from '../../config/directory.js';
import { makeDeliveryJob } from '../../delivery/delivery-job.js';
import { canNotify } from '../people/authorize.js';
import { actorOf, type Sender } from '../people/sender.js';
import { problemReply } from '../cases/case-replies.js';
import type { ServiceDeps } from '../service-deps.js';
import { KIND_NAME, noticePushReply, titleOf } from './notice-reply.js';

export interface NoticeRequest {
  kind: NoticeKind;
  units: Unit[];
  content: string;
  remediationDue?: string;
  urgent: boolean;
}

/** One delivery job per destination of every target unit, deferred by quiet hours unless urgent. */
function noticeJobs(deps: ServiceDeps, notice: NoticeWithTargets, units: Unit[], sender: Sender) {
  const notBefore = sendableAt(deps.now(), deps.directory.quietHours, deps.calendar, deps.directory.timezone, notice.urgent);
  return units.flatMap((unit) => unit.destinations.map((destination) => makeDeliveryJob({
    destination,
    payload: { reply: noticePushReply(notice, unit.name) },
    subject: { kind: 'notice', id: `${notice.id}:${unit.id}` },
    stage: 'issued',
    rule: notice.kind === 'supervision' ? 'supervision-notice' : 'broadcast',
    actor: actorOf(sender),
    createdAt: deps.now(),
    notBefore,
  })));
}

/**
 * 发布提示 / 督办: checks the sender's role and scope, then records the notice with one target per
 * unit and one durable delivery per destination, atomically. Refusals are audited.
 */
export async function issueNotice(deps: ServiceDeps, sender: Sender, req: NoticeRequest): Promise<Reply[]> {
  const allowed = canNotify(sender.person, req.units);
  if (!allowed.ok) {
    await deps.repos.audit.append({ actor: actorOf(sender), action: 'notice.refused', detail: { kind: req.kind, units: req.units.map((u) => u.id), reason: allowed.reason } });
    return [problemReply('无权发布', allowed.reason, 'refusal')];
  }
  // The notice, its targets, its audit entry and one delivery per destination commit together:
  // a crash cannot leave a notice on record that no unit is ever sent.
  const { recorded: { notice, jobs } } = await deps.runner.enqueueWith(async (trx) => {
    const repos = createRepositories(trx, { now: deps.now });
    const issued = await repos.notices.issue({
      kind: req.kind, title: titleOf(req.content), content: req.content, issuer: sender.ref, urgent: req.urgent,
      unitIds: req.units.map((u) => u.id), ...(req.remediationDue ? { remediationDue: req.remediationDue } : {}),
    });
    const pushes = noticeJobs(deps, issued, req.units, sender);
    await repos.audit.append({
      actor: actorOf(sender), action: 'notice.issued', subject: `notice:${issued.id}`, rule: pushes[0]?.rule,
      detail: { ref: issued.ref, kind: issued.kind, units: req.units.map((u) => u.id), deliveries: pushes.length, urgent: req.urgent },
    });
    return { jobs: pushes, recorded: { notice: issued, jobs: pushes } };
  });
  const deferred = jobs[0]?.notBefore && jobs[0].notBefore > deps.now();
  const noDestination = req.units.filter((u) => u.destinations.length === 0);
  return [{
    kind: 'broadcast', locale: 'zh', citations: [],
    title: `已发布${KIND_NAME[notice.kind]} ${notice.ref}`,
    summary: `${req.units.length} 个单位，${jobs.length} 个推送目的地${deferred ? `；非工作时间，将于 ${jobs[0]!.notBefore!.toISOString().slice(0, 16).replace('T', ' ')} (UTC) 推送` : ''}${notice.remediationDue ? `；整改期限 ${notice.remediationDue}` : ''}。`,
    sections: [
      { heading: '发送单位', items: req.units.map((u) => ({ text: u.name, note: `${u.destinations.length} 个群` })) },
      ...(noDestination.length ? [{ heading: '未配置推送群的单位（请在 CASEBOT_CONFIG 中配置）', items: noDestination.map((u) => ({ text: u.name, flag: 'warning' as const })) }] : []),
    ],
    actions: [{ id: 'status', label: '督办情况', value: `督办情况 ${notice.ref}` }],
  }];
}
