import type { Reply } from '../../../core/reply/reply.js';
import { renderText } from '../../../core/reply/render-text.js';
import { splitByBytes } from './byte-limit.js';
import { renderMarkdown } from './render-markdown.js';

/** How one reply goes out: markdown or text parts, each within the destination's byte limit. */
export interface RenderedParts {
  format: 'markdown' | 'text';
  parts: string[];
}

/** The reply as markdown parts of at most `limitBytes` each (4096 robot, 2048 app — limits.ts). */
export function markdownParts(reply: Reply | string, limitBytes: number): RenderedParts {
  const source = typeof reply === 'string' ? reply : renderMarkdown(reply);
  return { format: 'markdown', parts: splitByBytes(source, limitBytes) };
}

/** The reply as plain-text parts of at most `limitBytes` each (2048 for robot and app text). */
export function textParts(reply: Reply | string, limitBytes: number): RenderedParts {
  const source = typeof reply === 'string' ? reply : renderText(reply);
  return { format: 'text', parts: splitByBytes(source, limitBytes) };
}
