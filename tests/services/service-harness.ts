import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../adapters/store/open-store.js';
import { createRepositories } from '../../adapters/store/repositories/index.js';
import type { Directory } from '../../bot/config/directory.js';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { OutboxRunner } from '../../bot/delivery/outbox-runner.js';
import { RecordingSender } from '../../bot/delivery/recording-sender.js';
import { createRouter } from '../../bot/router/create-router.js';
import { caseCommands } from '../../bot/commands/case-commands.js';
import { noticeCommands } from '../../bot/commands/notice-commands.js';
import type { ServiceDeps } from '../../bot/services/service-deps.js';
import { createWorkingCalendar } from '../../core/calendar/create-working-calendar.js';
import type { Platform } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';
import { renderText } from '../../core/reply/render-text.js';
import { createUnderstander } from '../../core/understanding/create-understander.js';
import { testKnowledge } from '../support/test-knowledge.js';

/** A directory with two units, a scoped supervisor, a reviewer, officers and an admin. */
export const DIRECTORY: Directory = {
  timezone: 'Asia/Shanghai',
  quietHours: { start: '20:00', end: '08:00' },
  units: [
    { id: 'haishu', name: '海曙大队', aliases: ['海曙'], destinations: [{ platform: 'wecom-robot', webhook: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=HAISHU' }, { platform: 'slack', channel: 'C0HAISHU' }] },
    { id: 'jiangbei', name: '江北大队', aliases: ['江北'], destinations: [{ platform: 'wecom-robot', webhook: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=JIANGBEI' }] },
    { id: 'zhenhai', name: '镇海大队', aliases: [], destinations: [] },
  ],
  people: [
    { name: '张督查', unit: 'haishu', role: 'supervisor', ids: { console: 'zhang', slack: 'UZHANG' } },
    { name: '钱督查', role: 'supervisor', scope: ['jiangbei'], ids: { console: 'qian' } },
    { name: '孙审核', role: 'reviewer', ids: { console: 'sun' } },
    { name: '李执法', unit: 'haishu', role: 'officer', ids: { console: 'li', slack: 'ULI' } },
    { name: '王执法', unit: 'jiangbei', role: 'officer', ids: { console: 'wang' } },
    { name: '管理员', role: 'admin', ids: { console: 'admin' } },
  ],
};

export interface Harness {
  store: Store;
  deps: ServiceDeps;
  sender: RecordingSender;
  runner: OutboxRunner;
  changed: string[];
  clock: { now: Date };
  say(userId: string, text: string, platform?: Platform): Promise<{ replies: Reply[]; text: string }>;
  close(): Promise<void>;
}

/** The real commands, router, SQLite store and outbox runner, with a recording sender and a settable clock. */
export async function startHarness(now = new Date('2026-11-25T02:00:00Z')): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'casebot-services-'));
  const store = await openStore({ dataDir: dir });
  await store.migrate();
  const clock = { now };
  const knowledge = testKnowledge();
  const sender = new RecordingSender();
  const runner = new OutboxRunner({ ...createDeliveryStores(store.db), sender, pollMs: 20, now: () => clock.now.getTime() });
  const changed: string[] = [];
  const deps: ServiceDeps = {
    db: store.db, repos: createRepositories(store.db, { now: () => clock.now }), knowledge, understand: createUnderstander(knowledge),
    calendar: createWorkingCalendar(knowledge.calendarYears), directory: DIRECTORY, runner, now: () => clock.now,
    onCaseChanged: async (id) => { changed.push(id); },
  };
  const router = createRouter({ knowledge, now: () => clock.now, commands: [...caseCommands(deps), ...noticeCommands(deps)] });
  return {
    store, deps, sender, runner, changed, clock,
    async say(userId, text, platform = 'console') {
      const replies = await router({ id: `m-${Math.random()}`, platform, conversation: { id: `${platform}-${userId}`, kind: 'direct' }, user: { id: userId }, text });
      return { replies, text: replies.map(renderText).join('\n') };
    },
    async close() {
      await runner.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
