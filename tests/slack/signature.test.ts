import { describe, expect, it } from 'vitest';
import { checkSlackSignature } from '../../adapters/slack/webhook/verify.js';

// Slack's own worked example (docs.slack.dev/authentication/verifying-requests-from-slack),
// reproduced in /work/shared/domain/platforms.md §3.3.
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = '1531420618';
const BODY = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

function check(headers: Record<string, string>, nowSec = Number(TIMESTAMP), body = BODY) {
  return checkSlackSignature({ signingSecret: SECRET, rawBody: Buffer.from(body), headers, nowMs: nowSec * 1000 });
}

describe('checkSlackSignature', () => {
  const good = { 'x-slack-signature': SIGNATURE, 'x-slack-request-timestamp': TIMESTAMP };

  it("accepts Slack's documented example", () => {
    expect(check(good)).toBeUndefined();
  });

  it('refuses a changed body, a wrong secret version or a missing header', () => {
    expect(check(good, Number(TIMESTAMP), `${BODY}x`)).toBe('stale_or_invalid');
    expect(check({ ...good, 'x-slack-signature': SIGNATURE.replace('v0=', 'v1=') })).toBe('stale_or_invalid');
    expect(check({ 'x-slack-signature': SIGNATURE })).toBe('missing_headers');
    expect(check({ ...good, 'x-slack-request-timestamp': 'soon' })).toBe('missing_headers');
  });

  it('enforces the 5-minute window in both directions', () => {
    const ts = Number(TIMESTAMP);
    expect(check(good, ts + 300)).toBeUndefined();
    expect(check(good, ts + 301)).toBe('stale_or_invalid');
    expect(check(good, ts - 301)).toBe('stale_or_invalid');
  });
});
