import { describe, expect, it } from 'vitest';
import { CONSOLE_INBOX_MAX, consoleInbox } from '../../../adapters/store/repositories/console-inbox.js';
import { DeliveriesRepository, type NewDeliveryRow } from '../../../adapters/store/repositories/deliveries.js';
import type { Reply } from '../../../core/reply/reply.js';
import { useStore, type OpenStore } from './store-fixture.js';

const T0 = Date.parse('2026-12-03T02:00:00.000Z');
const ZHANGSAN = 'user:console:zhangsan';

function reply(title: string): Reply {
  return { kind: 'notice', locale: 'zh', title, sections: [], citations: [], actions: [{ id: 'ack', label: '收到', value: `收到 ${title}` }] };
}

function row(id: string, destinationKey: string, title: string, platform = 'console'): NewDeliveryRow {
  return {
    id, destinationKey, platform, destinationJson: JSON.stringify({ platform, userId: destinationKey.split(':')[2] }),
    payloadJson: JSON.stringify({ reply: reply(title) }), subjectKind: 'case', subjectId: 'c1', stage: id,
    rule: 'hearing-request', actor: 'system', createdAt: T0, notBefore: null,
  };
}

/** The console inbox: the sent pushes to one console user, newest first, capped at 50. */
export function consoleInboxContract(open: OpenStore): void {
  describe('console inbox', () => {
    const fixture = useStore(open);

    async function seed(rows: NewDeliveryRow[], sentAt: (i: number) => number | undefined): Promise<void> {
      const deliveries = new DeliveriesRepository(fixture().store.db);
      await deliveries.insertPending(rows, T0);
      for (const [i, r] of rows.entries()) {
        const at = sentAt(i);
        if (at !== undefined) await deliveries.update(r.id, null, { status: 'sent', attempts: 1, receiptJson: '{"platform":"console"}', sentAt: at }, at);
      }
    }

    it('lists one user\'s sent pushes newest first with their replies, and nobody else\'s', async () => {
      await seed([
        row('a', ZHANGSAN, '【临期提醒】一'), row('b', ZHANGSAN, '【到期提醒】二'), row('c', ZHANGSAN, '【超期提醒】未送出'),
        row('d', 'user:console:lisi', '李四的提醒'), row('e', 'user:slack:zhangsan', 'Slack 上的提醒', 'slack'),
      ], (i) => (i === 2 ? undefined : T0 + i * 60_000));
      const items = await consoleInbox(fixture().store.db, ZHANGSAN);
      expect(items).toEqual([
        { id: 'b', sentAt: '2026-12-03T02:01:00.000Z', reply: reply('【到期提醒】二') },
        { id: 'a', sentAt: '2026-12-03T02:00:00.000Z', reply: reply('【临期提醒】一') },
      ]);
      expect(await consoleInbox(fixture().store.db, 'user:console:nobody')).toEqual([]);
    });

    it('returns at most the requested number, never more than 50', async () => {
      const rows = Array.from({ length: CONSOLE_INBOX_MAX + 5 }, (_, i) => row(`r${String(i).padStart(2, '0')}`, ZHANGSAN, `提醒 ${i}`));
      await seed(rows, (i) => T0 + i * 1_000);
      const three = await consoleInbox(fixture().store.db, ZHANGSAN, 3);
      expect(three.map((i) => i.reply.title)).toEqual(['提醒 54', '提醒 53', '提醒 52']);
      expect(await consoleInbox(fixture().store.db, ZHANGSAN, 500)).toHaveLength(CONSOLE_INBOX_MAX);
    });
  });
}
