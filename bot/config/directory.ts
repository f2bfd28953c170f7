/** Roles the directory grants. An unknown user is an officer of no unit. */
export type Role = 'officer' | 'reviewer' | 'supervisor' | 'admin';

/** Where a unit's group chat receives pushes. */
export type Destination =
  | { platform: 'wecom-robot'; webhook: string }
  | { platform: 'slack'; channel: string }
  | { platform: 'teams'; conversationId: string; serviceUrl?: string }
  | { platform: 'wecom-app'; chatId?: string; userIds?: string[] };

export interface Unit {
  id: string;
  name: string;
  /** Other names people type for the unit (海曙, haishu). */
  aliases: string[];
  destinations: Destination[];
}

export interface Person {
  name: string;
  unit?: string;
  role: Role;
  /** Platform user ids: { console: 'zhangsan', slack: 'U01…', wecom: 'zhangsan', teams: '29:…' }. */
  ids: Partial<Record<'console' | 'slack' | 'teams' | 'wecom' | 'cli', string>>;
  /** Supervisors scoped to some units; absent: all units. */
  scope?: string[];
}

/** Units, people and push settings from CASEBOT_CONFIG. */
export interface Directory {
  timezone: string;
  /** "20:00-08:00", or null for no deferral (quietHours: none). */
  quietHours: { start: string; end: string } | null;
  units: Unit[];
  people: Person[];
}
