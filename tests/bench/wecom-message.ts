import { startFakeWecomApi } from '../fakes/fake-wecom-api.js';
import { postCallback, signedCallback, textMessageXml } from '../wecom/wecom-sender.js';
import { measureRoundTrips, type RoundTripResult, startBenchApp } from './round-trips.js';

/*
 * End-to-end bench for WeCom: encrypted text messages POSTed to /wecom/callback of the real app
 * (createApp: knowledge, router, server), answered through message/send to the local fake API.
 * Latency is from the POST leaving to the fake receiving the answer; the ack latency (WeCom's
 * 5-second window) is reported too. Encryption of the requests is done before timing starts.
 */

/** One bench's figures. */
export type WecomBenchResult = RoundTripResult;

export interface WecomBenchOptions {
  messages?: number;
  concurrency?: number;
  question?: string;
}

// Official vector set B's token and key: any valid pair works, these are public test values.
const KEYS = { token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo', encodingAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt', receiveId: 'wwbenchcorp' };


/** Runs the bench and returns its figures; starts and stops its own app and fake API. */
export async function benchWecomMessage(options: WecomBenchOptions = {}): Promise<WecomBenchResult> {
  const total = options.messages ?? 500;
  const question = options.question ?? '黑车拉客要哪些证据';
  const delivered = new Map<string, () => void>();
  const fake = await startFakeWecomApi({
    corpId: KEYS.receiveId, secret: 'bench-secret',
    // The first part of each answer marks delivery of that user's message.
    onAppMessage: (body) => delivered.get(String(body.touser))?.(),
  });
  const { app, url } = await startBenchApp({
    WECOM_CORP_ID: KEYS.receiveId, WECOM_TOKEN: KEYS.token, WECOM_ENCODING_AES_KEY: KEYS.encodingAesKey,
    WECOM_AGENT_ID: '1000002', WECOM_SECRET: 'bench-secret', WECOM_API_BASE: fake.url,
  });
  const callbacks = Array.from({ length: total }, (_, i) =>
    signedCallback(KEYS, textMessageXml(KEYS.receiveId, `bench-user-${i}`, question, String(9_000_000 + i))));
  try {
    return await measureRoundTrips({
      name: 'wecom encrypted message → message/send', total, concurrency: options.concurrency ?? 20,
      answered: (i) => new Promise<void>((resolve) => delivered.set(`bench-user-${i}`, resolve)),
      send: async (i) => (await postCallback(url, callbacks[i]!)).status,
    });
  } finally {
    await app.stop();
    await fake.close();
  }
}
