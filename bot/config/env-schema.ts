import { z } from 'zod';

/** pino's level names; anything else is a typo the operator should hear about. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Unset and empty mean the same thing: a blank `FOO=` line in an env file is "not set". */
const optional = () => z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const url = () => z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

/**
 * The environment casebot reads, keyed by env var name so that every zod issue path is the
 * name the operator has to fix. Unknown variables are ignored (the process env holds many).
 */
export const envSchema = z.object({
  PORT: z.preprocess((v) => (v === '' || v === undefined ? '3000' : v), z.coerce.number().int().min(0).max(65535)),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: url(),
  REDIS_URL: url(),
  LOG_LEVEL: z.preprocess((v) => (v === '' ? undefined : v), z.enum(LOG_LEVELS).default('info')),
  CASEBOT_CONFIG: optional(),
  KNOWLEDGE_DIR: optional(),
  SLACK_BOT_TOKEN: optional(),
  SLACK_SIGNING_SECRET: optional(),
  SLACK_APP_TOKEN: optional(),
  SLACK_API_URL: url(),
  MICROSOFT_APP_ID: optional(),
  MICROSOFT_APP_PASSWORD: optional(),
  MICROSOFT_APP_TENANT_ID: optional(),
  MICROSOFT_APP_TYPE: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  ),
  WECOM_CORP_ID: optional(),
  WECOM_AGENT_ID: optional(),
  WECOM_SECRET: optional(),
  WECOM_TOKEN: optional(),
  // WeCom EncodingAESKey: 43 characters of base64 without the trailing '=' (WeCom callback docs, 加解密方案).
  WECOM_ENCODING_AES_KEY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^[A-Za-z0-9+/]{43}$/, 'expected 43 base64 characters (the EncodingAESKey from the WeCom admin console)').optional(),
  ),
  WECOM_API_BASE: z.preprocess((v) => (v === '' ? undefined : v), z.url().default('https://qyapi.weixin.qq.com')),
});
export type Env = z.infer<typeof envSchema>;
