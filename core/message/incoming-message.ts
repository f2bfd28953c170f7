/** The chat platforms casebot speaks on; `cli` is the command line's `ask`. */
export type Platform = 'console' | 'slack' | 'teams' | 'wecom' | 'cli';

/**
 * One message from a user, after the platform adapter has verified and parsed it.
 * No platform type crosses this line: adapters translate into this shape.
 *
 * @example
 * { id: 'c-1', platform: 'console', conversation: { id: 'zhangsan', kind: 'direct' },
 *   user: { id: 'zhangsan' }, text: '黑车拉客要哪些证据' }
 */
export interface IncomingMessage {
  /** The platform's own id for the message (event id, activity id, MsgId), used to drop retries. */
  id: string;
  platform: Platform;
  conversation: {
    id: string;
    kind: 'direct' | 'group';
    /** Thread to answer in (Slack thread_ts, Teams reply-to id). */
    threadId?: string;
  };
  user: { id: string; displayName?: string };
  /** What the user typed, with bot mentions removed. */
  text: string;
  /** A button press: the action's value (a command text such as `收到 N-12`). */
  actionValue?: string;
  /** ISO time the platform says the message was sent. */
  sentAt?: string;
}
