import type { Reply } from '../../core/reply/reply.js';
import type { SlackReceipt, SlackTarget } from './api/send.js';
import type { SlackHttpRequest, SlackHttpResponse } from './receiver/http-types.js';

/** What the Slack channel can do; the dispatcher reads it instead of asking the platform. */
export interface SlackCapabilities {
  canReceive: true;
  mentions: 'native';
  threads: true;
  buttons: true;
}

/**
 * The Slack channel: receives events (HTTP or Socket Mode), answers through the router, and
 * sends pushes. Platform types stay inside; callers see IncomingMessage, Reply and receipts.
 */
export interface SlackAdapter {
  readonly platform: 'slack';
  /** 'socket' when an app token is configured. */
  readonly mode: 'http' | 'socket';
  readonly capabilities: SlackCapabilities;
  /**
   * HTTP mode: verify, acknowledge and dispatch one request to POST /slack/events.
   * @throws NotImplementedError in Socket Mode.
   */
  handleHttpRequest(request: SlackHttpRequest): Promise<SlackHttpResponse>;
  /** Posts a reply (a push) to a channel or thread; typed errors as mapSlackError describes. */
  send(target: SlackTarget, reply: Reply): Promise<SlackReceipt>;
  /** Socket Mode: connects. HTTP mode: nothing to open (the shared server listens). */
  start(): Promise<void>;
  /** Disconnects and waits for messages still being answered. */
  stop(): Promise<void>;
}
