/** WeCom measures content limits in UTF-8 bytes (doc 91770, 90236); a Chinese character is 3. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Splits one over-long line at code-point boundaries so no character is cut in half. */
function splitLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = utf8Bytes(char);
    if (size + bytes > limit) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Splits text into parts of at most `limit` UTF-8 bytes, cutting at line boundaries; a single
 * line longer than the limit is cut at character boundaries. Empty input gives no parts.
 */
export function splitByBytes(text: string, limit: number): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    const part = current.join('\n').trim();
    if (part) parts.push(part);
    current = [];
    size = 0;
  };
  for (const line of text.split('\n')) {
    const bytes = utf8Bytes(line);
    if (bytes > limit) {
      flush();
      parts.push(...splitLine(line, limit));
      continue;
    }
    // +1 for the newline that joins this line to the previous one.
    if (current.length > 0 && size + 1 + bytes > limit) flush();
    size += (current.length > 0 ? 1 : 0) + bytes;
    current.push(line);
  }
  flush();
  return parts;
}

/** Cuts text to at most `limit` bytes, ending with `…` when something was cut. */
export function truncateBytes(text: string, limit: number): string {
  if (utf8Bytes(text) <= limit) return text;
  const [head = ''] = splitLine(text, limit - utf8Bytes('…'));
  return `${head}…`;
}

/** Cuts text to at most `limit` characters (code points), for card fields WeCom counts in 字. */
export function truncateChars(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}
