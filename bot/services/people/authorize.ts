import type { Directory, Person, Unit } from '../../config/directory.js';

export type Authorization = { ok: true } | { ok: false; reason: string };

const NOTIFIERS = new Set(['reviewer', 'supervisor', 'admin']);

/**
 * Only reviewers, supervisors and admins may broadcast or issue notices, and a person scoped to
 * some units (`scope`) only to those. The directory grants roles; nobody else can.
 */
export function canNotify(person: Person, units: readonly Unit[]): Authorization {
  if (!NOTIFIERS.has(person.role)) {
    return { ok: false, reason: '只有法制审核员、案件审理员、督查（supervisor/reviewer）或管理员可以发布提示或督办。如需权限，请联系管理员在通讯录配置中设置角色。' };
  }
  if (person.role === 'admin' || !person.scope) return { ok: true };
  const outside = units.filter((u) => !person.scope!.includes(u.id));
  if (outside.length) return { ok: false, reason: `您的督办范围不包括：${outside.map((u) => u.name).join('、')}。` };
  return { ok: true };
}

/** Supervisors (or, failing those, admins) responsible for a unit: for escalations and acceptance. */
export function supervisorsOf(directory: Directory, unitId: string): Person[] {
  const own = directory.people.filter((p) => p.role === 'supervisor' && (p.unit === unitId || p.scope?.includes(unitId)));
  return own.length ? own : directory.people.filter((p) => p.role === 'admin');
}
