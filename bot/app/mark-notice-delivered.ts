import type { Repositories } from '../../adapters/store/repositories/index.js';
import type { OnSent } from '../delivery/delivery-context.js';

/**
 * A notice pushed to a unit's group and confirmed by the platform (Slack ts, Teams activity id,
 * WeCom errcode 0) moves that unit's target to "delivered". Subjects of notice pushes are
 * `notice:<noticeId>:<unitId>` (bot/services/notices/issue-notice.ts).
 */
export function markNoticeDelivered(repos: Repositories): OnSent {
  return async (row) => {
    if (row.subjectKind !== 'notice' || row.stage !== 'issued') return;
    const [noticeId, unitId] = row.subjectId.split(':');
    if (noticeId && unitId) await repos.noticeTargets.markDelivered(noticeId, unitId);
  };
}
