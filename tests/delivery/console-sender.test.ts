/**
 * Pushes to a console user: the web console has no push channel, so the production sender
 * records them as sent (receipt `{ platform: 'console' }`) and the delivery row is the entry in the
 * user's inbox — not a permanent failure that marks the address broken and alerts the admins.
 */
import { describe, expect, it } from 'vitest';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { makeDeliveryJob } from '../../bot/delivery/delivery-job.js';
import type { DeliveryTarget } from '../../bot/delivery/delivery-target.js';
import { OutboxRunner } from '../../bot/delivery/outbox-runner.js';
import { createPlatformSender } from '../../bot/delivery/senders/platform-sender.js';
import { useTempSqlite } from '../reminders/support/temp-sqlite.js';
import { sampleReply } from './delivery-fixtures.js';

const CONSOLE_USER = { platform: 'console', userId: 'zhangsan' } as const;

describe('the platform sender and console users', () => {
  it('accepts a push to a console address and returns the console receipt', async () => {
    const sender = createPlatformSender({});
    const receipt = await sender.send(CONSOLE_USER, { reply: sampleReply('【临期提醒】测试') }, { deliveryId: 'd1' });
    expect(receipt).toEqual({ platform: 'console' });
  });

  describe('through the outbox runner', () => {
    const store = useTempSqlite();

    it('records the push as sent with its receipt, marks nothing broken and alerts nobody', async () => {
      const stores = createDeliveryStores(store().db);
      const broken: DeliveryTarget[] = [];
      const runner = new OutboxRunner({ ...stores, sender: createPlatformSender({}), pollMs: 20, onBroken: (d) => void broken.push(d) });
      const job = makeDeliveryJob({
        destination: CONSOLE_USER, payload: { reply: sampleReply('【临期提醒】测试') },
        subject: { kind: 'case', id: 'c1' }, stage: '临期-3', rule: 'hearing-request', actor: 'system',
      });
      await runner.start();
      try {
        await runner.enqueue([job]);
        await runner.idle(5_000);
      } finally {
        await runner.stop();
      }
      const row = await stores.deliveries.get(job.id);
      expect(row).toMatchObject({ status: 'sent', attempts: 1, destinationKey: 'user:console:zhangsan', lastError: null });
      expect(JSON.parse(row!.receiptJson!)).toEqual({ platform: 'console' });
      expect(row!.sentAt).toEqual(expect.any(Number));
      expect(await stores.destinations.listBroken()).toEqual([]);
      expect(broken).toEqual([]);
    });
  });
});
