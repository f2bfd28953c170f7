import { performance } from 'node:perf_hooks';
import { createApp } from '../../bot/app/create-app.js';
import { loadConfig } from '../../bot/config/load-config.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { asJson, signatureHeaders, slackFixture } from '../slack/slack-test-kit.js';
import { percentile } from './stats.js';

/*
 * End-to-end bench for Slack: signed app_mention events POSTed to /slack/events of the real app
 * (createApp: knowledge, router, server, Bolt), answered through chat.postMessage to the local
 * fake Web API. Latency runs from the POST leaving to the fake receiving the answer; the ack
 * latency (Slack's 3-second window) is reported too. Signing happens before timing starts.
 */

export interface SlackBenchResult {
  name: string;
  messages: number;
  concurrency: number;
  seconds: number;
  /** Answered events per second, end to end. */
  throughputPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** p99 of the HTTP 200 acknowledgement alone. */
  ackP99Ms: number;
}

export interface SlackBenchOptions {
  messages?: number;
  concurrency?: number;
  question?: string;
}

const TOKEN = 'xoxb-bench-token';
const SECRET = 'bench-signing-secret';
const round = (n: number) => Math.round(n * 100) / 100;

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
  const concurrency = options.concurrency ?? 20;
  const delivered = new Map<string, () => void>();
  const fake = await FakeSlackApi.start({
    botToken: TOKEN, record: false,
    onCall: (call) => { if (call.method === 'chat.postMessage') delivered.get(String(call.body.channel))?.(); },
  });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl });
  const app = await createApp({ config, logger: createLogger({ level: 'warn', destination: { write: () => undefined } }) });
  const url = await app.start();
  const events = signedEvents(total, options.question ?? '黑车拉客要哪些证据');
  const latencies: number[] = [];
  const acks: number[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < total) {
      const i = next++;
      const start = performance.now();
      const done = new Promise<void>((resolve) => delivered.set(`CBENCH${i}`, resolve));
      const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: events[i]!.headers, body: events[i]!.body.body });
      await res.arrayBuffer();
      acks.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`bench: /slack/events answered ${res.status}`);
      await done;
      latencies.push(performance.now() - start);
    }
  }
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await app.stop();
    await fake.close();
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  acks.sort((a, b) => a - b);
  return {
    name: 'slack signed app_mention → chat.postMessage', messages: total, concurrency, seconds: round(seconds),
    throughputPerSecond: round(total / seconds), p50Ms: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)),
    ackP99Ms: round(percentile(acks, 99)),
  };
}
