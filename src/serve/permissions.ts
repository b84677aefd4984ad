// What a signed-in office or department may do.
import type { Task } from '../catalog/types.js';
import type { Role } from './access.js';

/** True when `role` may submit evidence for `task` as department `unit`: the office for anyone, a department for itself on its own tasks (or on tasks given to collectives). */
export function maySubmit(role: Role | undefined, task: Task, unit: string): boolean {
  if (!role) return false;
  if (role.kind === 'office') return true;
  if (role.unit !== unit) return false;
  return task.units.includes(unit) || (task.units.length === 0 && task.groups.length > 0);
}

/** The departments `role` may submit for on `task` (the office: the task's departments first, then every other). */
export function submitUnits(role: Role | undefined, task: Task, known: readonly string[]): string[] {
  if (!role) return [];
  if (role.kind === 'unit') return maySubmit(role, task, role.unit) ? [role.unit] : [];
  return [...task.units, ...known.filter((u) => !task.units.includes(u))];
}
