import type { Directory } from './directory.js';

/**
 * The process configuration, parsed once from the environment by `loadConfig(env)`
 * (bot/config/load-config.ts) and frozen. Secrets stay here; pino redacts them in logs.
 */
export interface AppConfig {
  port: number;
  host: string;
  logLevel: string;
  dataDir: string;
  /** Set: PostgreSQL record store (scaled mode). Unset: SQLite under dataDir. */
  databaseUrl?: string;
  /** Set: BullMQ job queue on Redis (scaled mode). Unset: in-process outbox runner. */
  redisUrl?: string;
  knowledgeDir: string;
  directory: Directory;
  slack?: { botToken: string; signingSecret: string; appToken?: string; apiUrl?: string };
  teams: { appId?: string; appPassword?: string; tenantId?: string; appType?: string };
  wecom?: { corpId: string; agentId?: string; secret?: string; token: string; encodingAesKey: string; apiBase: string };
}
