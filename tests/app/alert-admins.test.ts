/**
 * The broken-destination alert reaches every admin once, the way reminders reach anyone
 * (recipients.ts: WeCom app, else Slack, else Teams, else the console inbox), and never names the
 * webhook secret.
 */
import { describe, expect, it } from 'vitest';
import { alertAdminsOnBroken } from '../../bot/app/alert-admins.js';
import type { Directory } from '../../bot/config/directory.js';
import type { DeliveryJob } from '../../bot/delivery/delivery-job.js';
import type { JobRunner } from '../../bot/delivery/job-runner.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';

const directory: Directory = {
  timezone: 'Asia/Shanghai',
  quietHours: { start: '20:00', end: '08:00' },
  units: [],
  people: [
    { name: '周九', role: 'admin', ids: { console: 'zhoujiu' } },
    { name: '吴十', role: 'admin', ids: { slack: 'U0WUSHI', wecom: 'wushi', console: 'wushi' } },
    { name: '郑一', role: 'admin', ids: { slack: 'U0ZHENG' } },
    { name: '钱二', role: 'admin', ids: { teams: '29:qian' } },
    { name: '李四', role: 'officer', ids: { slack: 'U0LISI', console: 'lisi' } },
  ],
};

function recordingRunner(): { runner: JobRunner; jobs: DeliveryJob[] } {
  const jobs: DeliveryJob[] = [];
  const runner = { enqueue: async (batch: DeliveryJob[]) => (jobs.push(...batch), { inserted: batch.map((j) => j.id), ignored: [] }) };
  return { runner: runner as unknown as JobRunner, jobs };
}

describe('alertAdminsOnBroken', () => {
  it('sends one alert per admin to their preferred address, the console inbox included', async () => {
    const { runner, jobs } = recordingRunner();
    const onBroken = alertAdminsOnBroken(directory, () => runner, createLogger({ level: 'silent' }));
    const error = new UnrecoverableDeliveryError('WeCom robot errcode 93000: invalid webhook url');
    await onBroken({ platform: 'wecom-robot', webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET-KEY' }, error,
      { destinationKey: 'wecom-robot:0123abcd', deliveryId: 'd1' });
    expect(jobs.map((j) => j.destinationKey)).toEqual([
      'user:console:zhoujiu', 'user:wecom-app:wushi', 'user:slack:U0ZHENG', 'user:teams:29:qian',
    ]);
    expect(jobs.every((j) => j.payload.reply.title === '【推送故障】一个推送目的地已停用' && j.stage === 'broken')).toBe(true);
    expect(jobs[0]!.payload.reply.summary).toContain('wecom-robot:0123abcd');
    expect(JSON.stringify(jobs)).not.toContain('SECRET-KEY');
  });

  it('enqueues nothing when the directory names no admin', async () => {
    const { runner, jobs } = recordingRunner();
    const onBroken = alertAdminsOnBroken({ ...directory, people: directory.people.filter((p) => p.role !== 'admin') }, () => runner, createLogger({ level: 'silent' }));
    await onBroken({ platform: 'slack', channel: 'C01' }, new UnrecoverableDeliveryError('channel_not_found'), { destinationKey: 'slack:C01', deliveryId: 'd2' });
    expect(jobs).toEqual([]);
  });
});
