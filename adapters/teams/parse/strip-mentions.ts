/** A mention entity as Teams sends it: `{ type: 'mention', mentioned: { id, name }, text: '<at>Name</at>' }`. */
interface MentionEntity {
  type?: string;
  mentioned?: { id?: string; name?: string };
  text?: string;
}

function mentionsOf(entities: readonly unknown[] | undefined): MentionEntity[] {
  return (entities ?? []).filter((e): e is MentionEntity => typeof e === 'object' && e !== null && (e as MentionEntity).type === 'mention');
}

/**
 * Removes the bot's own @mentions from a Teams message and keeps other people's names as plain text.
 * Teams' docs say to identify mentions by the `entities`, not by parsing the text
 * (msteams-docs bots/how-to/conversations/channel-and-group-conversations.md, "Retrieve mentions").
 *
 * @example
 * stripBotMentions('<at>casebot</at> 期限 cc <at>Li Lei</at>', entities, '28:bot') // '期限 cc Li Lei'
 */
export function stripBotMentions(text: string, entities: readonly unknown[] | undefined, botId: string | undefined): string {
  let out = text;
  for (const mention of mentionsOf(entities)) {
    if (!mention.text) continue;
    const isBot = botId !== undefined && mention.mentioned?.id === botId;
    out = out.split(mention.text).join(isBot ? '' : (mention.mentioned?.name ?? ''));
  }
  // Remaining <at> tags (mentions without an entity) keep only their inner name.
  out = out.replace(/<at>(.*?)<\/at>/g, '$1');
  return out.replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}
