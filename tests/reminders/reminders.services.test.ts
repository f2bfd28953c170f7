/**
 * The reminder sweep on PostgreSQL (random schema per test): exactly-once stages across repeated
 * sweeps, keyset paging over more dates than a page, recompute, and escalation.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../adapters/store/open-store.js';
import type { Store } from '../../adapters/store/store.js';
import { runReminderSweep } from '../../bot/reminders/sweep.js';
import { describeWithService, serviceUrl } from '../support/require-service.js';
import { reminderHarness } from './support/reminder-harness.js';
import { dropSchemas } from '../support/drop-schemas.js';

const url = serviceUrl('postgres');
const schemas: string[] = [];
const NOTIFIED = [{ type: 'filed', date: '2026-11-20' }, { type: 'notified', date: '2026-12-01' }];

await describeWithService('postgres', url, 'reminder sweep on PostgreSQL', () => {
  let store: Store;
  beforeEach(async () => {
    const schema = `casebot_test_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    store = await openStore({ databaseUrl: url, schema });
    await store.migrate();
  });
  afterEach(() => store.close());
  afterAll(() => dropSchemas(url, schemas));

  it('reminds each stage once across pages and repeated sweeps, recomputes, and escalates', async () => {
    const h = reminderHarness(store);
    const ids: string[] = [];
    for (let i = 1; i <= 7; i++) ids.push(await h.register(NOTIFIED, `甬交执罚〔2026〕${i}号`));
    for (let n = 0; n < 3; n++) await runReminderSweep(h.deps, new Date('2026-12-03T02:00:00Z'), { batchSize: 2 });
    expect(h.runner.calls).toHaveLength(7 * 3);
    expect(new Set(h.runner.calls.map((j) => j.id)).size).toBe(21);

    await h.record(ids[0]!, { type: 'closed', date: '2026-12-04' });
    await h.record(ids[1]!, { type: 'notified', date: '2026-12-03' }); // due moves to 12-10
    await h.sweepAt('2026-12-09 09:00'); // 5 cases overdue; ids[1] is at 临期-1
    await h.sweepAt('2026-12-10 09:00');
    const escalated = h.runner.calls.filter((j) => j.stage === 'escalation');
    expect(escalated).toHaveLength(5);
    expect(escalated.every((j) => j.destinationKey === 'user:console:wangwu')).toBe(true);
    expect(h.runner.calls.some((j) => j.subject.id.startsWith(ids[0]!) && j.stage.startsWith('超期'))).toBe(false);
  });
});
