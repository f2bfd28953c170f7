import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** A destination that failed permanently; nothing more is sent to it until an admin clears it. */
export interface BrokenDestination {
  destinationKey: string;
  platform: string;
  reason: string | null;
  brokenAt: number;
}

/** Broken marks per destination key (set on a permanent error, cleared by `deliveries retry`). */
export class DestinationStateRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async markBroken(destinationKey: string, platform: string, reason: string, now: number): Promise<void> {
    await this.db
      .insertInto('destination_state')
      .values({ destination_key: destinationKey, platform, broken: 1, reason, broken_at: now, updated_at: now })
      .onConflict((oc) => oc.column('destination_key').doUpdateSet({ broken: 1, reason, broken_at: now, updated_at: now }))
      .execute();
  }

  async clearBroken(destinationKeys: string[], now: number): Promise<void> {
    if (destinationKeys.length === 0) return;
    await this.db
      .updateTable('destination_state')
      .set({ broken: 0, updated_at: now })
      .where('destination_key', 'in', destinationKeys)
      .execute();
  }

  async getBroken(destinationKey: string): Promise<BrokenDestination | undefined> {
    const row = await this.db
      .selectFrom('destination_state')
      .selectAll()
      .where('destination_key', '=', destinationKey)
      .where('broken', '=', 1)
      .executeTakeFirst();
    return row ? toBroken(row) : undefined;
  }

  async listBroken(): Promise<BrokenDestination[]> {
    const rows = await this.db
      .selectFrom('destination_state')
      .selectAll()
      .where('broken', '=', 1)
      .orderBy('broken_at')
      .execute();
    return rows.map(toBroken);
  }
}

function toBroken(row: { destination_key: string; platform: string; reason: string | null; broken_at: number | string | null }): BrokenDestination {
  return { destinationKey: row.destination_key, platform: row.platform, reason: row.reason, brokenAt: Number(row.broken_at ?? 0) };
}
