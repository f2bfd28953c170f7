/**
 * Text helpers for Slack's mrkdwn. Slack reads `&`, `<` and `>` as control characters
 * (docs.slack.dev/messaging/formatting-message-text#escaping), so user-visible text escapes them.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `text` cut to at most `max` UTF-16 units, ending in '…' when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${splitByLength(text, max - 1)[0] ?? ''}…`;
}

/**
 * Cuts `text` into pieces of at most `max` UTF-16 units, preferring line breaks, never inside a
 * surrogate pair (an emoji or a rare CJK character counts 2 toward Slack's limits, as .length does).
 */
export function splitByLength(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut <= 0) cut = max;
    // A high surrogate at the cut would orphan its low half.
    const code = rest.charCodeAt(cut - 1);
    if (cut === max && code >= 0xd800 && code <= 0xdbff) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
