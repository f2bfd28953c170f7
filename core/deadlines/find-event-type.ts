import type { EventType } from '../knowledge/schema/event-type-schema.js';

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The event type an officer means by `name` (立案, 告知书送达, notice, filed …): exact match on
 * its id, name, English name or any of its names, ignoring case and surrounding spaces.
 *
 * @example findEventType('送达催告书', knowledge.events)?.id; // 'demand-served'
 */
export function findEventType(name: string, eventTypes: readonly EventType[]): EventType | undefined {
  const wanted = normalize(name);
  if (!wanted) return undefined;
  return eventTypes.find((t) => [t.id, t.name, t.nameEn, ...t.names].some((n) => normalize(n) === wanted));
}

/** An event name found in free text. */
export interface EventMention {
  event: EventType;
  /** The name as listed in the catalogue. */
  name: string;
  /** Character offset in the (lower-cased) text. */
  index: number;
}

/**
 * Event names mentioned in free text, in text order. Longer names win over shorter ones they
 * overlap (送达催告书 → demand-served, not served), so a reader can pair each date with the
 * nearest event.
 *
 * @example
 * findEventMentions('2025年1月20日送达催告书，什么时候可以申请法院强制执行', events).map((m) => m.event.id); // ['demand-served']
 */
export function findEventMentions(text: string, eventTypes: readonly EventType[]): EventMention[] {
  const haystack = text.toLowerCase();
  const names = eventTypes
    .flatMap((event) => [event.name, event.nameEn, ...event.names].map((name) => ({ event, name, key: normalize(name) })))
    .filter((n) => n.key.length > 0)
    .sort((a, b) => b.key.length - a.key.length);
  const taken: boolean[] = new Array<boolean>(haystack.length).fill(false);
  const found: EventMention[] = [];
  for (const n of names) {
    for (let at = haystack.indexOf(n.key); at >= 0; at = haystack.indexOf(n.key, at + 1)) {
      const span = taken.slice(at, at + n.key.length);
      if (span.some(Boolean) || !isWordBoundary(haystack, at, n.key)) continue;
      span.forEach((_, i) => (taken[at + i] = true));
      found.push({ event: n.event, name: n.name, index: at });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** English names must stand as words ('notice' not inside 'notices'); Chinese has no spaces to check. */
function isWordBoundary(text: string, at: number, key: string): boolean {
  if (!/^[a-z]/.test(key)) return true;
  const before = text[at - 1];
  const after = text[at + key.length];
  return !(before && /[a-z]/.test(before)) && !(after && /[a-z]/.test(after));
}
