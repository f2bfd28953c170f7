import type { Platform } from '../../core/message/incoming-message.js';
import type { Directory, Person } from './directory.js';

/**
 * Who is writing: the directory entry whose `ids[platform]` is `userId`.
 * An unknown user is an officer of no unit — they can ask, never broadcast.
 *
 * @example
 * resolvePerson(directory, 'slack', 'U0123456789'); // { name: '张三', unit: 'haishu', role: 'supervisor', … }
 */
export function resolvePerson(directory: Directory, platform: Platform, userId: string): Person {
  const known = directory.people.find((p) => p.ids[platform] === userId);
  return known ?? { name: userId, role: 'officer', ids: { [platform]: userId } };
}
