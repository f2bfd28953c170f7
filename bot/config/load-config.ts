import { resolve } from 'node:path';
import { defaultKnowledgeDir } from '../paths.js';
import type { AppConfig } from './app-config.js';
import { ConfigError } from './config-error.js';
import { emptyDirectory } from './directory-schema.js';
import { type Env, envSchema } from './env-schema.js';
import { loadDirectory } from './load-directory.js';

/** Settings that only work together: naming the missing half beats a silent "platform disabled". */
function pairingProblems(env: Env): string[] {
  const problems: string[] = [];
  const needs = (when: string, set: boolean, names: (keyof Env)[]) => {
    if (!set) return;
    for (const name of names) if (!env[name]) problems.push(`${name}: required when ${when} is set`);
  };
  needs('SLACK_BOT_TOKEN', !!env.SLACK_BOT_TOKEN, ['SLACK_SIGNING_SECRET']);
  needs('SLACK_SIGNING_SECRET', !!env.SLACK_SIGNING_SECRET, ['SLACK_BOT_TOKEN']);
  const wecom = ['WECOM_CORP_ID', 'WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY'] as const;
  const firstWecom = wecom.find((k) => env[k]);
  if (firstWecom) needs(firstWecom, true, [...wecom]);
  // Agents SDK: SingleTenant and managed identity need the tenant (platforms.md, MicrosoftAppType).
  const type = env.MICROSOFT_APP_TYPE;
  if (type === 'SingleTenant' || type === 'UserAssignedMSI') {
    needs(`MICROSOFT_APP_TYPE=${type}`, true, ['MICROSOFT_APP_ID', 'MICROSOFT_APP_TENANT_ID']);
  }
  return problems;
}

function platformBlocks(env: Env): Pick<AppConfig, 'slack' | 'teams' | 'wecom'> {
  const slack = env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET
    ? { botToken: env.SLACK_BOT_TOKEN, signingSecret: env.SLACK_SIGNING_SECRET, appToken: env.SLACK_APP_TOKEN, apiUrl: env.SLACK_API_URL }
    : undefined;
  const wecom = env.WECOM_CORP_ID && env.WECOM_TOKEN && env.WECOM_ENCODING_AES_KEY
    ? {
      corpId: env.WECOM_CORP_ID, agentId: env.WECOM_AGENT_ID, secret: env.WECOM_SECRET,
      token: env.WECOM_TOKEN, encodingAesKey: env.WECOM_ENCODING_AES_KEY, apiBase: env.WECOM_API_BASE,
    }
    : undefined;
  const teams = {
    appId: env.MICROSOFT_APP_ID, appPassword: env.MICROSOFT_APP_PASSWORD,
    tenantId: env.MICROSOFT_APP_TENANT_ID, appType: env.MICROSOFT_APP_TYPE,
  };
  return { slack, teams, wecom };
}

/** Freezes the config and its nested objects so no part of the app can change it at run time. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** KNOWLEDGE_DIR resolved against the cwd, else the package's own `knowledge/`. */
export function knowledgeDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.KNOWLEDGE_DIR ? resolve(env.KNOWLEDGE_DIR) : defaultKnowledgeDir();
}

/**
 * Reads the process configuration once from an injected env (default `process.env`).
 * Throws a ConfigError listing every bad setting by its env var name (and, for the
 * CASEBOT_CONFIG file, by the YAML key path). Relative paths resolve against the cwd.
 *
 * @example
 * const config = loadConfig({ PORT: '8080', CASEBOT_CONFIG: './casebot.yaml' });
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  const problems = pairingProblems(e);
  if (problems.length > 0) throw new ConfigError(problems);
  const config: AppConfig = {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    knowledgeDir: knowledgeDirFromEnv({ KNOWLEDGE_DIR: e.KNOWLEDGE_DIR }),
    directory: e.CASEBOT_CONFIG ? loadDirectory(e.CASEBOT_CONFIG) : emptyDirectory(),
    ...platformBlocks(e),
  };
  return deepFreeze(config);
}
