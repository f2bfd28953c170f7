import type { Directory, Unit } from '../../config/directory.js';

const ALL = /^(全部单位|全部|所有单位|all|all units)$/i;

/** Units named in a command: 全部单位, or names / ids / aliases separated by ，,、 or spaces. */
export function resolveUnits(directory: Directory, text: string): { units: Unit[]; unknown: string[] } {
  const wanted = text.trim();
  if (ALL.test(wanted)) return { units: [...directory.units], unknown: [] };
  const units: Unit[] = [];
  const unknown: string[] = [];
  for (const name of wanted.split(/[，,、;；\s]+/).filter(Boolean)) {
    const unit = findUnit(directory, name);
    if (!unit) unknown.push(name);
    else if (!units.includes(unit)) units.push(unit);
  }
  return { units, unknown };
}

/** One unit by id, name or alias (海曙大队, 海曙, haishu). */
export function findUnit(directory: Directory, name: string): Unit | undefined {
  const n = name.trim().toLowerCase();
  return directory.units.find((u) => u.id.toLowerCase() === n || u.name === name.trim() || u.aliases.some((a) => a.toLowerCase() === n))
    ?? directory.units.find((u) => u.name.startsWith(name.trim()) && name.trim().length >= 2);
}

/** A unit's display name. */
export function unitName(directory: Directory, unitId: string | null): string {
  if (!unitId) return '（未指定单位）';
  return directory.units.find((u) => u.id === unitId)?.name ?? unitId;
}
