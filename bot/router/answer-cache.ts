import type { Reply } from '../../core/reply/reply.js';

/**
 * Free-text answers are pure functions of the text, today's date and the knowledge, and officers
 * ask the same common questions again and again (黑车拉客要哪些证据), so the router keeps the most
 * recent ones. Commands are never cached: they read and change records. Replies are treated as
 * immutable by every renderer, so the same objects can be handed out again.
 */
export class AnswerCache {
  private readonly entries = new Map<string, Reply[]>();

  constructor(private readonly capacity = 1_000) {}

  get(today: string, text: string): Reply[] | undefined {
    const key = `${today}\u0000${text}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Least recently used goes first: re-inserting moves the key to the end of the Map's order.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(today: string, text: string, replies: Reply[]): void {
    if (this.capacity === 0) return;
    this.entries.set(`${today}\u0000${text}`, replies);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
