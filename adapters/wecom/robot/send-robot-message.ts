import { ValidationError } from '../../../core/errors/validation-error.js';
import type { Reply } from '../../../core/reply/reply.js';
import { errorForErrcode } from '../errors/map-errcode.js';
import { requestWecom, type FetchLike } from '../api/wecom-http.js';
import { WECOM_LIMITS } from '../render/limits.js';
import { markdownParts, textParts } from '../render/render-reply.js';
import { hasMentions, robotMarkdownBody, robotTextBody, type RobotMentions } from './robot-payloads.js';

/** Options for one robot push. */
export interface SendRobotOptions {
  /** People to @-mention; forces `text`, since robot markdown cannot carry mentioned_list (doc 91770). */
  mentions?: RobotMentions;
  /** Force a format; default markdown, or text when there are mentions. */
  format?: 'markdown' | 'text';
  fetch?: FetchLike;
}

/** WeCom's confirmation of a robot push: errcode 0 for every part. */
export interface RobotReceipt {
  errcode: 0;
  errmsg: string;
  /** How many messages the content was split into. */
  parts: number;
}

function checkWebhookUrl(webhookUrl: string): void {
  let url: URL;
  try {
    url = new URL(webhookUrl);
  } catch {
    throw new ValidationError('WeCom robot webhook is not a URL', ['webhook']);
  }
  if (!/^https?:$/.test(url.protocol) || !url.searchParams.get('key')) {
    throw new ValidationError('WeCom robot webhook must be http(s) with a ?key=', ['webhook']);
  }
}

/**
 * Pushes one message to a group robot: POST the webhook URL (doc 91770). Markdown up to 4096
 * bytes a part, text up to 2048; longer content is split at line boundaries into several posts.
 * Pacing is the caller's job: a robot accepts at most 20 messages per minute ("每个机器人发送的
 * 消息不能超过20条/分钟", doc 91770) and answers 45009 beyond — thrown here as RateLimitError.
 * If part n fails, parts before it were delivered; a retry of the whole push repeats them.
 * @example await sendRobotMessage(unit.webhook, reply, { mentions: { userIds: ['zhangsan'] } })
 */
export async function sendRobotMessage(webhookUrl: string, content: Reply | string, options: SendRobotOptions = {}): Promise<RobotReceipt> {
  checkWebhookUrl(webhookUrl);
  const mention = hasMentions(options.mentions);
  const format = options.format ?? (mention ? 'text' : 'markdown');
  if (mention && format === 'markdown') throw new ValidationError('WeCom robot markdown cannot @-mention; use text', ['format']);
  const rendered = format === 'text'
    ? textParts(content, WECOM_LIMITS.robotTextBytes)
    : markdownParts(content, WECOM_LIMITS.robotMarkdownBytes);
  // 44004 "empty content" would be WeCom's answer; say it before posting.
  if (rendered.parts.length === 0) throw new ValidationError('WeCom robot message is empty', ['content']);
  const fetchFn = options.fetch ?? fetch;
  let errmsg = 'ok';
  for (const [index, part] of rendered.parts.entries()) {
    const body = format === 'text' ? robotTextBody(part, index === 0 ? options.mentions : undefined) : robotMarkdownBody(part);
    const answer = await requestWecom(fetchFn, 'WeCom robot webhook', webhookUrl, body);
    if (answer.errcode !== 0) throw errorForErrcode('WeCom robot webhook', answer);
    errmsg = answer.errmsg;
  }
  return { errcode: 0, errmsg, parts: rendered.parts.length };
}
