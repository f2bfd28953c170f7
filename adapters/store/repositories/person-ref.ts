/**
 * A person as a chat platform identifies them: the platform, its user id and a display name.
 * Officers and unit members only — never a party to a case.
 * @example const p: PersonRef = { platform: 'console', userId: 'zhangsan', name: '张三' };
 */
export interface PersonRef {
  platform: string;
  userId: string;
  name: string;
}

/** PersonRef as stored in a `*_by` text column. */
export function personToJson(person: PersonRef): string {
  return JSON.stringify({ platform: person.platform, userId: person.userId, name: person.name });
}

/** Reads a `*_by` column back; null stays null. */
export function personFromJson(text: string | null): PersonRef | null {
  if (text === null) return null;
  const value = JSON.parse(text) as Partial<PersonRef>;
  return { platform: value.platform ?? '', userId: value.userId ?? '', name: value.name ?? '' };
}

/** 'platform:userId' — the audit log's actor form. */
export function personKey(person: Pick<PersonRef, 'platform' | 'userId'>): string {
  return `${person.platform}:${person.userId}`;
}
