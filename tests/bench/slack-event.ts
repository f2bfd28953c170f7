import { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { asJson, signatureHeaders, slackFixture } from '../slack/slack-test-kit.js';
import { measureRoundTrips, type RoundTripResult, startBenchApp } from './round-trips.js';

/*
 * End-to-end bench for Slack: signed app_mention events POSTed to /slack/events of the real app
 * (createApp: knowledge, router, server, Bolt), answered through chat.postMessage to the local
 * fake Web API. Latency runs from the POST leaving to the fake receiving the answer; the ack
 * latency (Slack's 3-second window) is reported too. Signing happens before timing starts.
 */

/** One bench's figures. */
export type SlackBenchResult = RoundTripResult;

export interface SlackBenchOptions {
  messages?: number;
  concurrency?: number;
  question?: string;
}

const TOKEN = 'xoxb-bench-token';
const SECRET = 'bench-signing-secret';

/** One signed event per message; each in its own channel so its answer can be told apart. */
function signedEvents(total: number, question: string) {
  const base = slackFixture<Record<string, unknown> & { event: Record<string, unknown> }>('app-mention');
  return Array.from({ length: total }, (_, i) => {
    const body = asJson({ ...base, event_id: `EvBENCH${i}`, event: { ...base.event, channel: `CBENCH${i}`, text: `<@U00000BOT> ${question}` } });
    return { body, headers: { 'content-type': body.contentType, ...signatureHeaders(body.body, { secret: SECRET }) } };
  });
}

/** Runs the bench and returns its figures; starts and stops its own app and fake Web API. */
export async function benchSlackEvent(options: SlackBenchOptions = {}): Promise<SlackBenchResult> {
  const total = options.messages ?? 500;
  const delivered = new Map<string, () => void>();
  const fake = await FakeSlackApi.start({
    botToken: TOKEN, record: false,
    onCall: (call) => { if (call.method === 'chat.postMessage') delivered.get(String(call.body.channel))?.(); },
  });
  const { app, url } = await startBenchApp({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl });
  const events = signedEvents(total, options.question ?? '黑车拉客要哪些证据');
  try {
    return await measureRoundTrips({
      name: 'slack signed app_mention → chat.postMessage', total, concurrency: options.concurrency ?? 20,
      answered: (i) => new Promise<void>((resolve) => delivered.set(`CBENCH${i}`, resolve)),
      send: async (i) => {
        const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: events[i]!.headers, body: events[i]!.body.body });
        await res.arrayBuffer();
        return res.status;
      },
    });
  } finally {
    await app.stop();
    await fake.close();
  }
}
