import type { PersonRef } from '../../../adapters/store/repositories/person-ref.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Directory, Person } from '../../config/directory.js';
import { resolvePerson } from '../../config/resolve-person.js';

/** The person behind a message: their directory entry and the reference records keep. */
export interface Sender {
  person: Person;
  ref: PersonRef;
}

export function senderOf(directory: Directory, message: IncomingMessage): Sender {
  const person = resolvePerson(directory, message.platform, message.user.id);
  const name = person.name !== message.user.id ? person.name : (message.user.displayName ?? person.name);
  return { person, ref: { platform: message.platform, userId: message.user.id, name } };
}

/** 'platform:userId', the audit log's actor form. */
export function actorOf(sender: Sender): string {
  return `${sender.ref.platform}:${sender.ref.userId}`;
}
