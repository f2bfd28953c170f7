import type { Kysely } from 'kysely';
import type { Reply } from '../../../core/reply/reply.js';
import type { Database } from '../database.js';

/** The most items one inbox read returns: a page the console can render at once. */
export const CONSOLE_INBOX_MAX = 50;

/** One push a console user received: a sent delivery row, its reply parsed from the payload. */
export interface ConsoleInboxItem {
  /** The delivery id (deterministic: subject, stage, destination). */
  id: string;
  /** When it was recorded as sent (ISO 8601, UTC). */
  sentAt: string;
  reply: Reply;
}

/** The reply inside a DeliveryPayload's JSON; undefined when the row holds something else. */
function replyOf(payloadJson: string): Reply | undefined {
  try {
    const payload = JSON.parse(payloadJson) as { reply?: Reply };
    return payload.reply && typeof payload.reply.title === 'string' ? payload.reply : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The console has no push channel: a push to a console user is recorded as sent, and the sent
 * rows for their destination key are their inbox. Returns the latest `limit` (1 … 50) of them,
 * newest first. `destinationKey` is the key of the user's direct address, as
 * bot/delivery/delivery-target.ts forms it: `user:console:<userId>`.
 *
 * @example await consoleInbox(db, 'user:console:zhangsan', 20)
 */
export async function consoleInbox(db: Kysely<Database>, destinationKey: string, limit = 20): Promise<ConsoleInboxItem[]> {
  const take = Math.min(Math.max(Math.trunc(limit), 1), CONSOLE_INBOX_MAX);
  const rows = await db.selectFrom('deliveries')
    .select(['id', 'payload', 'sent_at'])
    .where('destination_key', '=', destinationKey)
    .where('platform', '=', 'console')
    .where('status', '=', 'sent')
    .where('sent_at', 'is not', null)
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .limit(take)
    .execute();
  return rows.flatMap((row) => {
    const reply = replyOf(row.payload);
    return reply ? [{ id: row.id, sentAt: new Date(Number(row.sent_at)).toISOString(), reply }] : [];
  });
}
