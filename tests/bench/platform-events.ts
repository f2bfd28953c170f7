import type { BenchSection } from './bench-section.js';
import { benchSlackEvent } from './slack-event.js';
import { benchWecomMessage } from './wecom-message.js';

/** Both platform end-to-end figures share one shape (SlackBenchResult / WecomBenchResult). */
function figures(r: { messages: number; concurrency: number; throughputPerSecond: number; p50Ms: number; p99Ms: number; ackP99Ms: number }) {
  return { messages: r.messages, concurrency: r.concurrency, reqPerSec: r.throughputPerSecond, p50Ms: r.p50Ms, p99Ms: r.p99Ms, ackP99Ms: r.ackP99Ms };
}

/** Signed Slack app_mention events → answer posted to a fake Web API (issue 3). */
export const slackBench: BenchSection = {
  id: 'slack',
  title: 'Slack: signed event → chat.postMessage at the fake',
  run: async () => ({ figures: figures(await benchSlackEvent({ messages: 1000, concurrency: 20 })) }),
};

/** Encrypted WeCom messages → answer through message/send at the fake (issue 3). */
export const wecomBench: BenchSection = {
  id: 'wecom',
  title: 'WeCom: encrypted callback → message/send at the fake',
  run: async () => ({ figures: figures(await benchWecomMessage({ messages: 1000, concurrency: 20 })) }),
};
