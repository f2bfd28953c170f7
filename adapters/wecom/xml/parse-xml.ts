import type { XmlElement } from './xml-element.js';
import { XmlParseError } from './xml-parse-error.js';

/*
 * A tiny, strict parser for WeCom's callback XML: elements, text, CDATA, the five predefined
 * entities and numeric references. No DOCTYPE, no custom entities (so no XXE or entity bombs),
 * no attributes (WeCom sends none). Anything else is a 400, not a guess.
 */

const MAX_DEPTH = 16;
const NAME = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class Cursor {
  pos = 0;
  constructor(readonly src: string) {}
  fail(reason: string): never {
    throw new XmlParseError(reason, this.pos);
  }
  startsWith(token: string): boolean {
    return this.src.startsWith(token, this.pos);
  }
  expect(token: string): void {
    if (!this.startsWith(token)) this.fail(`expected ${token}`);
    this.pos += token.length;
  }
  skipWhitespace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos += 1;
  }
  readUntil(token: string): string {
    const end = this.src.indexOf(token, this.pos);
    if (end < 0) this.fail(`unterminated, missing ${token}`);
    const value = this.src.slice(this.pos, end);
    this.pos = end + token.length;
    return value;
  }
  name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.src);
    if (!match) this.fail('expected a tag name');
    this.pos += match[0].length;
    return match[0];
  }
}

function decodeEntities(cur: Cursor, raw: string): string {
  return raw.replace(/&([^;]{1,10});|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) cur.fail('bare & in text');
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : ref.startsWith('#') ? parseInt(ref.slice(1), 10) : NaN;
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) cur.fail(`unknown entity ${whole}`);
    return String.fromCodePoint(code);
  });
}

function skipMisc(cur: Cursor): void {
  for (;;) {
    cur.skipWhitespace();
    if (cur.startsWith('<!--')) cur.readUntil('-->');
    else return;
  }
}

/** Reads the content of an open element up to and including its end tag. */
function parseContent(cur: Cursor, element: XmlElement, depth: number): void {
  const parts: string[] = [];
  for (;;) {
    if (cur.pos >= cur.src.length) cur.fail(`unclosed <${element.name}>`);
    if (cur.startsWith('</')) {
      cur.pos += 2;
      if (cur.name() !== element.name) cur.fail(`mismatched </…> for <${element.name}>`);
      cur.skipWhitespace();
      cur.expect('>');
      // Whitespace between child elements is layout, not content.
      const text = parts.join('');
      element.text = element.children.length > 0 && text.trim() === '' ? '' : text;
      return;
    }
    if (cur.startsWith('<![CDATA[')) {
      cur.pos += 9;
      parts.push(cur.readUntil(']]>'));
    } else if (cur.startsWith('<!--')) {
      cur.readUntil('-->');
    } else if (cur.startsWith('<')) {
      element.children.push(parseElement(cur, depth + 1));
    } else {
      const end = cur.src.indexOf('<', cur.pos);
      const raw = cur.src.slice(cur.pos, end < 0 ? cur.src.length : end);
      cur.pos += raw.length;
      parts.push(decodeEntities(cur, raw));
    }
  }
}

function parseElement(cur: Cursor, depth: number): XmlElement {
  if (depth > MAX_DEPTH) cur.fail('nested too deep');
  cur.expect('<');
  const element: XmlElement = { name: cur.name(), children: [], text: '' };
  cur.skipWhitespace();
  if (cur.startsWith('/>')) {
    cur.pos += 2;
    return element;
  }
  cur.expect('>');
  parseContent(cur, element, depth);
  return element;
}

/** Parses one XML document into its root element; throws XmlParseError on anything unexpected. */
export function parseXml(source: string): XmlElement {
  const cur = new Cursor(source.startsWith('\uFEFF') ? source.slice(1) : source);
  cur.skipWhitespace();
  if (cur.startsWith('<?xml')) cur.readUntil('?>');
  skipMisc(cur);
  if (cur.startsWith('<!')) cur.fail('DOCTYPE and declarations are not accepted');
  const root = parseElement(cur, 1);
  skipMisc(cur);
  if (cur.pos !== cur.src.length) cur.fail('content after the root element');
  return root;
}
