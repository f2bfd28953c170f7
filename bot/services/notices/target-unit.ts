import type { NoticeWithTargets } from '../../../adapters/store/repositories/notice-records.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { findUnit } from '../people/resolve-units.js';
import type { Sender } from '../people/sender.js';
import type { ServiceDeps } from '../service-deps.js';

/**
 * Which unit a member answers for: a unit named in the command, else the member's unit in the
 * directory, else the unit bound to the group chat, else the notice's only unit.
 */
export async function targetUnit(
  deps: ServiceDeps, message: IncomingMessage, sender: Sender, notice: NoticeWithTargets, typed?: string,
): Promise<string | undefined> {
  const ids = new Set(notice.targets.map((t) => t.unitId));
  const named = typed ? findUnit(deps.directory, typed)?.id : undefined;
  if (named && ids.has(named)) return named;
  if (sender.person.unit && ids.has(sender.person.unit)) return sender.person.unit;
  const bound = await deps.repos.chatBindings.unitOf(message.platform, message.conversation.id);
  if (bound && ids.has(bound)) return bound;
  return ids.size === 1 ? [...ids][0] : undefined;
}
