import type { Logger } from 'pino';
import type { Directory } from '../config/directory.js';
import type { OnBroken } from '../delivery/delivery-context.js';
import { makeDeliveryJob } from '../delivery/delivery-job.js';
import type { DirectAddress } from '../delivery/delivery-target.js';
import type { JobRunner } from '../delivery/job-runner.js';

/** Admins' direct addresses on the platforms that can push to a person. */
function adminAddresses(directory: Directory): DirectAddress[] {
  return directory.people.filter((p) => p.role === 'admin').flatMap((p): DirectAddress[] => [
    ...(p.ids.slack ? [{ platform: 'slack' as const, userId: p.ids.slack }] : []),
    ...(p.ids.wecom ? [{ platform: 'wecom-app' as const, userId: p.ids.wecom }] : []),
  ]);
}

/**
 * When a destination is marked broken (revoked token, removed robot), tell the admins once, by
 * direct message, and log it. The alert names the destination key, never the webhook secret.
 */
export function alertAdminsOnBroken(directory: Directory, runner: () => JobRunner, logger: Logger): OnBroken {
  return async (_destination, error, info) => {
    logger.error({ destinationKey: info.destinationKey, deliveryId: info.deliveryId, code: (error as { code?: string }).code }, 'push destination marked broken');
    const jobs = adminAddresses(directory).map((destination) => makeDeliveryJob({
      destination,
      payload: { reply: {
        kind: 'error', locale: 'zh', citations: [], sections: [],
        title: '【推送故障】一个推送目的地已停用',
        summary: `目的地 ${info.destinationKey} 返回永久错误（${error.message.slice(0, 120)}），已停止向其推送。修复配置后运行：casebot deliveries retry`,
      } },
      subject: { kind: 'destination', id: info.destinationKey },
      stage: 'broken',
      rule: 'delivery.broken',
      actor: 'system',
    }));
    if (jobs.length) await runner().enqueue(jobs);
  };
}
