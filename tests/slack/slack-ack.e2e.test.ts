/**
 * "Ack within 3 s, answer after": the HTTP answer must not wait for the router. The handler here
 * blocks on a gate the test opens only after the HTTP response has arrived, so a receiver that
 * answered after processing would time out instead of passing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../adapters/slack/index.js';
import { NotImplementedError } from '../../core/errors/not-implemented-error.js';
import type { MessageHandler } from '../../bot/router/message-handler.js';
import type { Reply } from '../../core/reply/reply.js';
import { asForm, asJson, asPayloadForm, type SlackHarness, slackFixture, startSlackHarness } from './slack-test-kit.js';

let open: () => void = () => {};
let gate = Promise.resolve();
const closeGate = () => { gate = new Promise<void>((resolve) => { open = resolve; }); };
const reply: Reply = { kind: 'help', locale: 'zh', title: '稍后回答', sections: [], citations: [] };
const gatedHandler: MessageHandler = async () => {
  await gate;
  return [reply];
};

let h: SlackHarness;
beforeAll(async () => { h = await startSlackHarness({ handler: gatedHandler }); });
afterAll(async () => {
  open();
  await h.close();
});

describe('acknowledgement before processing', () => {
  it('answers an event, a command and a button press while the handler is still working', async () => {
    closeGate();
    const fields = slackFixture<Record<string, string>>('slash-command');
    const responses = await Promise.all([
      h.send(asJson({ ...slackFixture('app-mention'), event_id: 'EvA0000001' })),
      h.send(asForm({ ...fields, response_url: `${h.fake.url}/commands/ack-test` })),
      h.send(asPayloadForm(slackFixture('block-actions'))),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    open();
    await h.fake.waitFor('chat.postMessage', 2);
    await h.fake.waitFor('/commands/ack-test', 1);
  });
});

describe('Socket Mode', () => {
  it('is chosen when an app token is set, and then takes no HTTP requests', () => {
    const adapter = createSlackAdapter({ botToken: 'xoxb-x', signingSecret: 's', appToken: 'xapp-1-test', handle: gatedHandler });
    expect(adapter.mode).toBe('socket');
    expect(() => adapter.handleHttpRequest({ rawBody: Buffer.from('{}'), headers: {} })).toThrow(NotImplementedError);
  });
});
