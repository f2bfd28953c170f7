/**
 * Slack text → what the user typed. Slack writes a mention as `<@U123>` or `<@U123|name>` and
 * escapes `&`, `<` and `>` as entities (docs.slack.dev/messaging/formatting-message-text).
 * The bot's own mention is removed; when the bot's id is unknown, leading mentions are.
 */
export function stripBotMention(text: string, botUserId?: string): string {
  const withoutBot = botUserId
    ? text.replace(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, 'g'), ' ')
    : text.replace(/^(\s*<@[A-Z0-9]+(?:\|[^>]*)?>)+/, ' ');
  return unescapeEntities(withoutBot).replace(/\s+/g, ' ').trim();
}

function unescapeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
