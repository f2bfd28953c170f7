import type { EventType } from '../knowledge/schema/event-type-schema.js';
import type { FoundDate } from './parse-dates.js';

export interface FoundEvent {
  event: EventType;
  index: number;
  end: number;
}

/** Finds event mentions in a message; built once per knowledge set. */
export type EventFinder = (text: string) => FoundEvent[];

/** Event mentions, longest name first so 送达催告书 is not also read as 送达. */
export function createEventFinder(events: readonly EventType[]): EventFinder {
  const names = events
    .flatMap((event) => event.names.concat(event.name).map((name) => ({ event, name: name.toLowerCase() })))
    .sort((a, b) => b.name.length - a.name.length);
  return (text) => findNames(text.toLowerCase(), names);
}

function findNames(lower: string, names: { event: EventType; name: string }[]): FoundEvent[] {
  const found: FoundEvent[] = [];
  for (const { event, name } of names) {
    let from = 0;
    for (;;) {
      const index = lower.indexOf(name, from);
      if (index < 0) break;
      const end = index + name.length;
      from = end;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      found.push({ event, index, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Pairs each event with its date: the nearest date, preferring one right before the event
 * ("2026-01-05立案") or right after it ("告知 2026-12-01"). Each date serves one event.
 */
export function pairEventDates(events: FoundEvent[], dates: FoundDate[]): { event: EventType; date: string }[] {
  const used = new Set<number>();
  const pairs: { event: EventType; date: string }[] = [];
  for (const e of events) {
    let best = -1;
    let bestGap = Infinity;
    dates.forEach((d, i) => {
      if (used.has(i)) return;
      const gap = d.end <= e.index ? e.index - d.end : d.index >= e.end ? d.index - e.end + 0.5 : 0;
      if (gap < bestGap) [best, bestGap] = [i, gap];
    });
    if (best >= 0 && bestGap <= 12) {
      used.add(best);
      pairs.push({ event: e.event, date: dates[best]!.date });
    }
  }
  return pairs;
}
