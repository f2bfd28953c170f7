import type { PersonRef } from '../../adapters/store/repositories/person-ref.js';
import type { Destination, Directory, Person } from '../config/directory.js';
import type { DirectAddress } from '../delivery/delivery-target.js';

/** How a chat platform's user id is reached by direct message (WeCom users through the app). */
const DIRECT_PLATFORM: Readonly<Record<string, DirectAddress['platform']>> = {
  slack: 'slack', teams: 'teams', wecom: 'wecom-app', 'wecom-app': 'wecom-app', console: 'console',
};

/** Which of a person's ids to message first when the directory lists several. */
const PREFERRED_IDS = ['wecom', 'slack', 'teams', 'console'] as const;

/** A direct address for a recorded person (a case's officer, a notice's issuer); undefined for `cli`. */
export function directAddressOf(ref: Pick<PersonRef, 'platform' | 'userId'>): DirectAddress | undefined {
  const platform = DIRECT_PLATFORM[ref.platform];
  return platform && ref.userId ? { platform, userId: ref.userId } : undefined;
}

/** A direct address for a directory person: their first id in PREFERRED_IDS order. */
export function personAddress(person: Person): DirectAddress | undefined {
  for (const platform of PREFERRED_IDS) {
    const userId = person.ids[platform];
    if (userId) return directAddressOf({ platform, userId });
  }
  return undefined;
}

/** A unit's group destinations from the directory; none for an unknown unit or no unit. */
export function unitDestinations(directory: Directory, unitId: string | null): Destination[] {
  if (unitId === null) return [];
  return directory.units.find((u) => u.id === unitId)?.destinations ?? [];
}

/** The unit's display name (海曙大队), or its id when the directory no longer has it. */
export function unitName(directory: Directory, unitId: string | null): string {
  if (unitId === null) return '未归属单位';
  return directory.units.find((u) => u.id === unitId)?.name ?? unitId;
}

/**
 * Who an unacknowledged overdue item escalates to: supervisors of the unit (their own unit, or
 * a scope that names it); else supervisors over all units (neither unit nor scope); else admins.
 */
export function escalationRecipients(directory: Directory, unitId: string | null): Person[] {
  const supervisors = directory.people.filter((p) => p.role === 'supervisor');
  const own = unitId === null ? [] : supervisors.filter((p) => p.unit === unitId || p.scope?.includes(unitId));
  if (own.length > 0) return own;
  const general = supervisors.filter((p) => p.unit === undefined && p.scope === undefined);
  if (general.length > 0) return general;
  return directory.people.filter((p) => p.role === 'admin');
}

/** The officer's id on a group destination's platform, to @-mention them there (WeCom, Slack, Teams). */
export function mentionIn(destination: Destination, person: Person | undefined): string[] {
  if (!person) return [];
  const family = destination.platform === 'wecom-robot' || destination.platform === 'wecom-app' ? 'wecom' : destination.platform;
  const id = person.ids[family];
  return id ? [id] : [];
}

/** The directory entry of a recorded person, if the directory knows them. */
export function personOf(directory: Directory, ref: Pick<PersonRef, 'platform' | 'userId'>): Person | undefined {
  const platform = ref.platform as keyof Person['ids'];
  return directory.people.find((p) => p.ids[platform] === ref.userId);
}

/** Direct messages to each person who has a reachable id, one per person. */
export function addressesOf(people: readonly Person[]): DirectAddress[] {
  return people.map(personAddress).filter((a): a is DirectAddress => a !== undefined);
}
