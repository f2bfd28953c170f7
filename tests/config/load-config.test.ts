import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../bot/config/config-error.js';
import { loadConfig } from '../../bot/config/load-config.js';

const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C'; // 43 chars, the WXBizMsgCrypt sample key

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('loadConfig accepted a bad env');
}

describe('loadConfig', () => {
  it('applies the documented defaults to an empty env', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', logLevel: 'info', dataDir: resolve('./data') });
    expect(config.knowledgeDir).toBe(resolve('knowledge'));
    expect(config.slack).toBeUndefined();
    expect(config.wecom).toBeUndefined();
    expect(config.directory).toEqual({ timezone: 'Asia/Shanghai', quietHours: { start: '20:00', end: '08:00' }, units: [], people: [] });
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.slack)).toBe(true);
    expect(Object.isFrozen(config.directory.units)).toBe(true);
  });

  it('lists every bad key by its env var name at once', () => {
    const err = configError({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'not a url', WECOM_ENCODING_AES_KEY: 'short' });
    expect(err.code).toBe('CONFIG_INVALID');
    const names = err.problems.map((p) => p.split(':')[0]);
    expect(names).toEqual(expect.arrayContaining(['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'WECOM_ENCODING_AES_KEY']));
    expect(err.message).toContain('PORT');
    expect(err.message).toContain('LOG_LEVEL');
  });

  it('names the missing half of a platform credential pair', () => {
    expect(configError({ SLACK_BOT_TOKEN: 'xoxb-1' }).problems).toEqual(['SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set']);
    const wecom = configError({ WECOM_CORP_ID: 'ww1' }).problems;
    expect(wecom).toEqual(['WECOM_TOKEN: required when WECOM_CORP_ID is set', 'WECOM_ENCODING_AES_KEY: required when WECOM_CORP_ID is set']);
    expect(configError({ MICROSOFT_APP_TYPE: 'SingleTenant', MICROSOFT_APP_ID: 'a' }).problems)
      .toEqual(['MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE=SingleTenant is set']);
  });

  it('builds the platform blocks when their credentials are set', () => {
    const config = loadConfig({
      PORT: '8080', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'sec', SLACK_API_URL: 'http://127.0.0.1:9/api/',
      WECOM_CORP_ID: 'ww1', WECOM_TOKEN: 'tok', WECOM_ENCODING_AES_KEY: AES_KEY, WECOM_AGENT_ID: '1000002',
      MICROSOFT_APP_ID: 'app', MICROSOFT_APP_TYPE: 'MultiTenant', KNOWLEDGE_DIR: 'some/where',
    });
    expect(config.port).toBe(8080);
    expect(config.slack).toEqual({ botToken: 'xoxb-1', signingSecret: 'sec', appToken: undefined, apiUrl: 'http://127.0.0.1:9/api/' });
    expect(config.wecom).toMatchObject({ corpId: 'ww1', token: 'tok', encodingAesKey: AES_KEY, agentId: '1000002', apiBase: 'https://qyapi.weixin.qq.com' });
    expect(config.teams).toMatchObject({ appId: 'app', appType: 'MultiTenant' });
    expect(config.knowledgeDir).toBe(resolve('some/where'));
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ PORT: '', LOG_LEVEL: '', SLACK_BOT_TOKEN: '', DATABASE_URL: '' });
    expect(config.port).toBe(3000);
    expect(config.logLevel).toBe('info');
    expect(config.databaseUrl).toBeUndefined();
  });

  it('reads the directory from CASEBOT_CONFIG and names a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebot-config-'));
    const file = join(dir, 'casebot.yaml');
    writeFileSync(file, 'quietHours: none\nunits:\n  - id: haishu\n    name: 海曙大队\n');
    expect(loadConfig({ CASEBOT_CONFIG: file }).directory).toMatchObject({ quietHours: null, units: [{ id: 'haishu', name: '海曙大队' }] });
    expect(configError({ CASEBOT_CONFIG: join(dir, 'missing.yaml') }).message).toMatch(/CASEBOT_CONFIG: cannot read .*missing\.yaml.*ENOENT/);
  });
});
