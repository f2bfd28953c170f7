import type { Logger } from 'pino';
import type { Directory } from '../config/directory.js';
import type { OnBroken } from '../delivery/delivery-context.js';
import { makeDeliveryJob } from '../delivery/delivery-job.js';
import type { JobRunner } from '../delivery/job-runner.js';
import { addressesOf } from '../reminders/recipients.js';

/**
 * When a destination is marked broken (revoked token, removed robot), tell the admins once, by
 * direct message, and log it. The alert names the destination key, never the webhook secret.
 * Each admin is reached the way reminders reach anyone (recipients.ts personAddress: WeCom, else
 * Slack, else Teams, else the console inbox), one message per admin.
 */
export function alertAdminsOnBroken(directory: Directory, runner: () => JobRunner, logger: Logger): OnBroken {
  return async (_destination, error, info) => {
    logger.error({ destinationKey: info.destinationKey, deliveryId: info.deliveryId, code: (error as { code?: string }).code }, 'push destination marked broken');
    const admins = directory.people.filter((p) => p.role === 'admin');
    const jobs = addressesOf(admins).map((destination) => makeDeliveryJob({
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
