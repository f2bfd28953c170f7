import type { Logger } from 'pino';
import { openStore, type Store } from '../../adapters/store/open-store.js';
import { createRepositories } from '../../adapters/store/repositories/index.js';
import type { TeamsAdapter } from '../../adapters/teams/index.js';
import { createWecomAppClient } from '../../adapters/wecom/index.js';
import { createWorkingCalendar } from '../../core/calendar/create-working-calendar.js';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import { createUnderstander } from '../../core/understanding/create-understander.js';
import { caseCommands } from '../commands/case-commands.js';
import { COMMAND_HELP } from '../commands/command-help.js';
import { noticeCommands } from '../commands/notice-commands.js';
import type { AppConfig } from '../config/app-config.js';
import { createJobRunner } from '../delivery/create-job-runner.js';
import type { DeliverySender } from '../delivery/delivery-sender.js';
import { createDeliveryStores } from '../delivery/delivery-stores.js';
import type { JobRunner } from '../delivery/job-runner.js';
import { createPlatformSender } from '../delivery/senders/platform-sender.js';
import type { Metrics } from '../metrics/metrics.js';
import { remindSoon, scheduleReminderSweep } from '../reminders/index.js';
import type { Command } from '../router/command.js';
import type { ServiceDeps } from '../services/service-deps.js';
import { alertAdminsOnBroken } from './alert-admins.js';
import { markNoticeDelivered } from './mark-notice-delivered.js';
import { DbConversationReferenceStore } from './db-conversation-reference-store.js';

export interface RuntimeOptions {
  config: AppConfig;
  logger: Logger;
  knowledge: Knowledge;
  metrics?: Metrics;
  now: () => Date;
  /** Tests and benches replace the platform sender with a fake. */
  sender?: DeliverySender;
  /** Scaled mode: false in `serve` when separate `casebot worker` processes deliver. */
  runWorkers?: boolean;
}

/** The stateful half of the application: records, delivery, services and their commands. */
export interface Runtime {
  store: Store;
  runner: JobRunner;
  deps: ServiceDeps;
  commands: Command[];
  help: typeof COMMAND_HELP;
  /** The Teams adapter, built on first use (the Agents SDK is slow to load); undefined when refused. */
  teams: () => Promise<TeamsAdapter | undefined>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The 1:1 Teams conversation the bot has with a user: the stored reference of a personal chat whose
 * last user is them (kept when they last wrote to the bot). Reminders to Teams users go there.
 */
async function personalConversationOf(teams: () => Promise<TeamsAdapter | undefined>, userId: string): Promise<string | undefined> {
  const adapter = await teams();
  const refs = (await adapter?.references.list()) ?? [];
  // The directory may name a Teams user by their 29:… id or by their Entra object id.
  return refs.find((r) => r.conversation?.conversationType === 'personal' && (r.user?.id === userId || r.user?.aadObjectId === userId))
    ?.conversation?.id;
}

/** A memoised, lazily built Teams adapter whose conversation references live in the record store. */
function lazyTeamsAdapter(config: AppConfig, store: Store, logger: Logger): () => Promise<TeamsAdapter | undefined> {
  let once: Promise<TeamsAdapter | undefined> | undefined;
  return () => (once ??= buildTeamsAdapter(config, store, logger));
}

async function buildTeamsAdapter(config: AppConfig, store: Store, logger: Logger): Promise<TeamsAdapter | undefined> {
  const { createTeamsAdapter } = await import('../../adapters/teams/teams-adapter.js');
  try {
    return createTeamsAdapter({ ...config.teams, references: new DbConversationReferenceStore(createRepositories(store.db).conversationRefs) });
  } catch (err) {
    logger.warn({ err: (err as Error).message }, 'Teams disabled: set MICROSOFT_APP_ID (and MICROSOFT_APP_PASSWORD)');
    return undefined;
  }
}

async function platformSender(config: AppConfig, teams: () => Promise<TeamsAdapter | undefined>): Promise<DeliverySender> {
  const { slack, wecom } = config;
  // Loaded only when Slack is configured: the Web API client pulls in Bolt's dependencies.
  const slackClient = slack && (await import('../../adapters/slack/api/create-web-client.js')).createSlackWebClient({ botToken: slack.botToken, ...(slack.apiUrl && { apiUrl: slack.apiUrl }) });
  return createPlatformSender({
    ...(slackClient && { slack: slackClient }),
    teams: {
      adapter: teams, userConversationId: (userId) => personalConversationOf(teams, userId),
      ...(config.teams.tenantId && { tenantId: config.teams.tenantId }),
    },
    ...(wecom?.secret && wecom.agentId && { wecomApp: createWecomAppClient({ apiBase: wecom.apiBase, corpId: wecom.corpId, secret: wecom.secret, agentId: wecom.agentId }) }),
  });
}

/**
 * Opens the record store (SQLite under DATA_DIR, or PostgreSQL at DATABASE_URL), migrates it, and
 * builds the job runner (in-process outbox, or BullMQ when REDIS_URL is set), the case and notice
 * services, their chat commands and the reminder sweep.
 */
export async function createRuntime(o: RuntimeOptions): Promise<Runtime> {
  const { config, logger, knowledge } = o;
  const store = await openStore({ dataDir: config.dataDir, ...(config.databaseUrl && { databaseUrl: config.databaseUrl }) });
  await store.migrate();
  const teams = lazyTeamsAdapter(config, store, logger);
  // The broken-destination alert pushes through this same runner, hence the late-bound reference.
  const runner: JobRunner = await createJobRunner({
    ...createDeliveryStores(store.db),
    sender: o.sender ?? (await platformSender(config, teams)),
    logger,
    ...(config.redisUrl && { redisUrl: config.redisUrl, runWorkers: o.runWorkers ?? true }),
    onBroken: alertAdminsOnBroken(config.directory, () => runner, logger),
    onSent: markNoticeDelivered(createRepositories(store.db, { now: o.now })),
    ...(o.metrics && { onOutcome: (platform: string, outcome: string) => o.metrics!.deliveries.inc({ platform, outcome }) }),
  });
  const deps: ServiceDeps = {
    db: store.db, repos: createRepositories(store.db, { now: o.now }), knowledge, understand: createUnderstander(knowledge),
    calendar: createWorkingCalendar(knowledge.calendarYears), directory: config.directory, runner, now: o.now, logger,
    onCaseChanged: (id) => remindSoon(deps, id).then(() => undefined, (err: unknown) => logger.warn({ err, caseId: id }, 'reminder recompute failed; the next sweep retries')),
  };
  return {
    store, runner, deps, teams, help: COMMAND_HELP,
    commands: [...caseCommands(deps), ...noticeCommands(deps)],
    async start() {
      await scheduleReminderSweep(deps);
      await runner.start();
    },
    async stop() {
      await runner.stop();
      await store.close();
    },
  };
}
