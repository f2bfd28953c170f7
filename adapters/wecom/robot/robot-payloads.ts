/** Who a robot text message @-mentions (doc 91770): user ids and/or phone numbers; "@all" for everyone. */
export interface RobotMentions {
  userIds?: string[];
  mobiles?: string[];
}

/** True when there is anyone to mention. */
export function hasMentions(mentions: RobotMentions | undefined): mentions is RobotMentions {
  return Boolean(mentions?.userIds?.length || mentions?.mobiles?.length);
}

/** A `text` body; mentions go on the first part only, so a split message pings once. */
export function robotTextBody(content: string, mentions?: RobotMentions): Record<string, unknown> {
  const text: Record<string, unknown> = { content };
  if (mentions?.userIds?.length) text.mentioned_list = mentions.userIds;
  if (mentions?.mobiles?.length) text.mentioned_mobile_list = mentions.mobiles;
  return { msgtype: 'text', text };
}

/** A `markdown` body (no mention fields: markdown cannot carry mentioned_list — doc 91770). */
export function robotMarkdownBody(content: string): Record<string, unknown> {
  return { msgtype: 'markdown', markdown: { content } };
}
