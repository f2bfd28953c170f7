import type { PersonRef } from '../../../adapters/store/repositories/person-ref.js';
import { sendableAt } from '../../../core/reminders/quiet-hours.js';
import type { Reply } from '../../../core/reply/reply.js';
import { makeDeliveryJob, type DeliverySubject } from '../../delivery/delivery-job.js';
import { directAddressOf } from '../../reminders/recipients.js';
import type { ServiceDeps } from '../service-deps.js';

/**
 * Pushes a reply to one person by direct message on the platform they used (a console user finds
 * it in the console's 提醒 panel). Returns false when that platform cannot push (the CLI): the
 * person then sees it when they ask.
 */
export async function tellPerson(deps: ServiceDeps, person: PersonRef, reply: Reply, subject: DeliverySubject, stage: string): Promise<boolean> {
  const destination = directAddressOf(person);
  if (!destination) return false;
  const now = deps.now();
  await deps.runner.enqueue([makeDeliveryJob({
    destination,
    payload: { reply },
    subject, stage, rule: stage, actor: 'system', createdAt: now,
    notBefore: sendableAt(now, deps.directory.quietHours, deps.calendar, deps.directory.timezone),
  })]);
  return true;
}
