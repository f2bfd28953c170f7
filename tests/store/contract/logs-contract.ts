import { describe, expect, it } from 'vitest';
import { reminderKey } from '../../../adapters/store/repositories/reminder-log-repository.js';
import { OFFICER, useStore, type OpenStore } from './store-fixture.js';

/** The reminder log (never twice) and the append-only audit log. */
export function logsContract(open: OpenStore): void {
  describe('reminder log', () => {
    const fixture = useStore(open);
    const reminder = { subject: 'case:1', rule: 'decision-90d', stage: 'warn-3', date: '2026-12-01' };

    it('claims a reminder once, even when claims race', async () => {
      const log = fixture().repos.reminderLog;
      const claims = await Promise.all(Array.from({ length: 8 }, () => log.claim(reminder)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await log.claim(reminder)).toBe(false);
      expect(await log.has(reminder)).toBe(true);
      expect(await log.claim({ ...reminder, date: '2026-12-02' })).toBe(true);
      expect((await log.forSubject('case:1')).map((r) => r.date)).toEqual(['2026-12-01', '2026-12-02']);
      expect(reminderKey(reminder)).toBe(reminderKey({ ...reminder }));
    });

    it('lists unacknowledged reminders for escalation until someone acknowledges the subject', async () => {
      const log = fixture().repos.reminderLog;
      await log.claim({ ...reminder, stage: 'overdue' });
      const query = { stage: 'overdue', createdBefore: '2026-11-21T02:00:00.000Z' };
      expect((await log.unacknowledged(query)).map((r) => r.subject)).toEqual(['case:1']);
      expect(await log.acknowledgeSubject('case:1', OFFICER)).toBe(1);
      expect(await log.unacknowledged(query)).toEqual([]);
      expect((await log.forSubject('case:1'))[0]!.acknowledgedBy).toEqual(OFFICER);
    });
  });

  describe('audit log', () => {
    const fixture = useStore(open);

    it('appends entries and reads a subject\'s trail in order, with its sub-subjects on request', async () => {
      const audit = fixture().repos.audit;
      await audit.append({ actor: 'console:wangwu', action: 'notice.issued', subject: 'notice:n1', detail: { units: 2 } });
      fixture().clock.advance(1);
      await audit.append({ actor: 'system', action: 'delivery.sent', subject: 'notice:n1:haishu', rule: 'notice.issue' });
      await audit.append({ actor: 'system', action: 'delivery.sent', subject: 'notice:n10:haishu' });
      const own = await audit.forSubject('notice:n1');
      expect(own.map((e) => e.action)).toEqual(['notice.issued']);
      expect(own[0]).toMatchObject({ actor: 'console:wangwu', detail: { units: 2 }, rule: null, at: '2026-11-20T02:00:00.000Z' });
      const trail = await audit.forSubject('notice:n1', { prefix: true });
      expect(trail.map((e) => e.subject)).toEqual(['notice:n1', 'notice:n1:haishu']);
      expect((await audit.list({ actor: 'system' })).map((e) => e.subject)).toEqual(['notice:n1:haishu', 'notice:n10:haishu']);
      expect(await audit.list({ since: '2026-11-20T02:00:00.001Z', limit: 1 })).toHaveLength(1);
    });

    it('is append-only: the database refuses UPDATE and DELETE', async () => {
      const entry = await fixture().repos.audit.append({ actor: 'system', action: 'x', subject: 's' });
      const db = fixture().store.db;
      await expect(db.updateTable('audit_log').set({ action: 'forged' }).where('id', '=', entry.id).execute()).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('audit_log').where('id', '=', entry.id).execute()).rejects.toThrow(/append-only/);
      expect((await fixture().repos.audit.forSubject('s')).map((e) => e.action)).toEqual(['x']);
    });
  });
}
