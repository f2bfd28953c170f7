import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics served at GET /metrics. Labels stay low-cardinality: never user or case ids. */
export interface Metrics {
  registry: Registry;
  /** Inbound user messages, by platform. */
  messages: Counter<'platform'>;
  /** Replies sent, by platform and reply kind. */
  replies: Counter<'platform' | 'kind'>;
  /** Errors, by platform and stable error code. */
  errors: Counter<'platform' | 'code'>;
  /** HTTP request latency, by route and status. */
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** Time to answer one message through the router, by platform. */
  answerDuration: Histogram<'platform'>;
  /** Push deliveries, by platform and outcome (sent, retry, failed). */
  deliveries: Counter<'platform' | 'outcome'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'casebot_' });
  const registers = [registry];
  return {
    registry,
    messages: new Counter({ name: 'casebot_messages_total', help: 'Inbound user messages', labelNames: ['platform'], registers }),
    replies: new Counter({ name: 'casebot_replies_total', help: 'Replies sent', labelNames: ['platform', 'kind'], registers }),
    errors: new Counter({ name: 'casebot_errors_total', help: 'Errors by platform and code', labelNames: ['platform', 'code'], registers }),
    httpDuration: new Histogram({
      name: 'casebot_http_request_duration_seconds', help: 'HTTP request latency', labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers,
    }),
    answerDuration: new Histogram({
      name: 'casebot_answer_duration_seconds', help: 'Router answer latency', labelNames: ['platform'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05], registers,
    }),
    deliveries: new Counter({ name: 'casebot_deliveries_total', help: 'Push deliveries by outcome', labelNames: ['platform', 'outcome'], registers }),
  };
}
