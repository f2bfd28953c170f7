/**
 * Teams' size limit for one bot message. The current doc gives about 100 KB (keep at most 80 KB),
 * older revisions said 40 KB, and the Power Automate connector quotes about 28 KB; over the limit
 * Teams answers 413 MessageSizeTooBig (platforms.md §4.3,
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages).
 * We budget the lowest documented figure, 28 KB, so a message fits whichever one applies.
 */
export const TEAMS_MESSAGE_LIMIT_BYTES = 28 * 1024;

/**
 * Room kept for what the SDK adds to each activity when sending (serviceUrl, conversation,
 * from, recipient, replyToId, channelId): long Teams conversation ids make this a few hundred bytes.
 */
const ENVELOPE_ALLOWANCE_BYTES = 2 * 1024;

/** What our part of one outgoing activity (text, summary, attachments) may take. */
export const ACTIVITY_BUDGET_BYTES = TEAMS_MESSAGE_LIMIT_BYTES - ENVELOPE_ALLOWANCE_BYTES;

/**
 * Size of a JSON payload. The doc counts UTF-16; the wire carries UTF-8. We take the larger
 * of the two so both readings of the limit hold (CJK text is 3 bytes in UTF-8, 2 in UTF-16).
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  return Math.max(Buffer.byteLength(json, 'utf8'), json.length * 2);
}
