import type { CaseRecord } from '../../../adapters/store/repositories/case-records.js';
import type { Sender } from '../people/sender.js';

/** The officer who registered a case, or a reviewer, supervisor (within scope) or admin, may change it. */
export function canEditCase(sender: Sender, record: CaseRecord): boolean {
  if (record.officer.platform === sender.ref.platform && record.officer.userId === sender.ref.userId) return true;
  const { role, scope } = sender.person;
  if (role === 'admin' || role === 'reviewer') return true;
  return role === 'supervisor' && (!scope || (record.unitId !== null && scope.includes(record.unitId)));
}
