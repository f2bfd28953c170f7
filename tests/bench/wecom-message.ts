import { performance } from 'node:perf_hooks';
import { createApp } from '../../bot/app/create-app.js';
import { loadConfig } from '../../bot/config/load-config.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { startFakeWecomApi } from '../fakes/fake-wecom-api.js';
import { postCallback, signedCallback, textMessageXml } from '../wecom/wecom-sender.js';

/*
 * End-to-end bench for WeCom: encrypted text messages POSTed to /wecom/callback of the real app
 * (createApp: knowledge, router, server), answered through message/send to the local fake API.
 * Latency is from the POST leaving to the fake receiving the answer; the ack latency (WeCom's
 * 5-second window) is reported too. Encryption of the requests is done before timing starts.
 */

/** One bench's figures. */
export interface WecomBenchResult {
  name: string;
  messages: number;
  concurrency: number;
  seconds: number;
  /** Answered messages per second, end to end. */
  throughputPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** p99 of the HTTP 200 acknowledgement alone. */
  ackP99Ms: number;
}

export interface WecomBenchOptions {
  messages?: number;
  concurrency?: number;
  question?: string;
}

// Official vector set B's token and key: any valid pair works, these are public test values.
const KEYS = { token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo', encodingAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt', receiveId: 'wwbenchcorp' };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Runs the bench and returns its figures; starts and stops its own app and fake API. */
export async function benchWecomMessage(options: WecomBenchOptions = {}): Promise<WecomBenchResult> {
  const total = options.messages ?? 500;
  const concurrency = options.concurrency ?? 20;
  const question = options.question ?? '黑车拉客要哪些证据';
  const delivered = new Map<string, () => void>();
  const fake = await startFakeWecomApi({
    corpId: KEYS.receiveId, secret: 'bench-secret',
    // The first part of each answer marks delivery of that user's message.
    onAppMessage: (body) => delivered.get(String(body.touser))?.(),
  });
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', WECOM_CORP_ID: KEYS.receiveId, WECOM_TOKEN: KEYS.token,
    WECOM_ENCODING_AES_KEY: KEYS.encodingAesKey, WECOM_AGENT_ID: '1000002', WECOM_SECRET: 'bench-secret', WECOM_API_BASE: fake.url,
  });
  const app = await createApp({ config, logger: createLogger({ level: 'warn', destination: { write: () => undefined } }) });
  const url = await app.start();
  const callbacks = Array.from({ length: total }, (_, i) =>
    signedCallback(KEYS, textMessageXml(KEYS.receiveId, `bench-user-${i}`, question, String(9_000_000 + i))));
  const latencies: number[] = [];
  const acks: number[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < total) {
      const i = next++;
      const start = performance.now();
      const done = new Promise<void>((resolve) => delivered.set(`bench-user-${i}`, resolve));
      const res = await postCallback(url, callbacks[i]!);
      acks.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`bench: /wecom/callback answered ${res.status}`);
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
    name: 'wecom encrypted message → message/send', messages: total, concurrency, seconds: round(seconds),
    throughputPerSecond: round(total / seconds), p50Ms: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)),
    ackP99Ms: round(percentile(acks, 99)),
  };
}
