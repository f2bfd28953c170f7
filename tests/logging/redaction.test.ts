import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logging/create-logger.js';
import { maskPersonalData } from '../../bot/logging/mask-personal-data.js';

const ID_NUMBER = '11010519491231002X';
const ID_NUMBER_DIGITS = '330203199003071234';
const MOBILE = '13812345678';
const SECRETS = ['xoxb-1234-5678-abcdef', 'signing-secret-value', 'app-password-value', 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', 'robot-key-0001'];

/** A logger writing into an array of parsed JSON lines. */
function capture() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (s: string) => lines.push(s) } });
  return { logger, lines, text: () => lines.join('') };
}

describe('log redaction', () => {
  it('removes secrets by key at any depth', () => {
    const { logger, text, lines } = capture();
    logger.info({
      config: {
        slack: { botToken: SECRETS[0], signingSecret: SECRETS[1] },
        teams: { appPassword: SECRETS[2] },
        wecom: { encodingAesKey: SECRETS[3], secret: 'corp-secret-value' },
      },
      destination: { webhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${SECRETS[4]}` },
      req: { headers: { authorization: 'Bearer abc.def.ghi', 'x-slack-signature': 'v0=deadbeef' } },
    }, 'config loaded');
    for (const secret of [...SECRETS, 'corp-secret-value', 'abc.def.ghi', 'deadbeef']) expect(text()).not.toContain(secret);
    const line = JSON.parse(lines[0]!);
    expect(line.config.slack.botToken).toBe('[REDACTED]');
    expect(line.msg).toBe('config loaded');
  });

  it('masks ID and mobile numbers and key-bearing URLs inside free text, messages and errors', () => {
    const { logger, text } = capture();
    logger.info({ text: `当事人身份证号${ID_NUMBER}，电话${MOBILE}` }, `question from ${ID_NUMBER_DIGITS}`);
    logger.error({ err: new Error(`lookup failed for +86 ${MOBILE} at https://x/send?key=${SECRETS[4]}`) }, 'boom');
    logger.warn(`token ${SECRETS[0]} rejected`);
    const out = text();
    for (const leak of [ID_NUMBER, ID_NUMBER_DIGITS, MOBILE, SECRETS[4]!, SECRETS[0]!]) expect(out).not.toContain(leak);
    expect(out).toContain('当事人身份证号[ID]');
    expect(out).toContain('[PHONE]');
    // Every line is still valid JSON after masking.
    for (const line of out.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('leaves ordinary numbers alone', () => {
    // Dates, case numbers, timestamps and amounts are not personal data.
    const text = '2026-09-25 立案 甬交执罚〔2026〕123号 罚款20000元 time 1764070000000 ref 12345678901234567890123';
    expect(maskPersonalData(text)).toBe(text);
  });
});
