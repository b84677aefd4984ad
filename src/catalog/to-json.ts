import type { Catalog } from './types.js';

/** The `dossier catalog --json` contract (DESIGN.md): line numbers stay internal. */
export function catalogJson(catalog: Catalog): unknown {
  return {
    plan: catalog.plan,
    sections: catalog.sections.map((s) => ({ no: s.no, title: s.title })),
    tasks: catalog.tasks.map((t) => ({
      id: t.id,
      no: t.no,
      section: t.section,
      text: t.text,
      units: t.units,
      lead: t.lead,
      support: t.support,
      groups: t.groups,
      deadline: t.deadline,
      deadlineKind: t.deadlineKind,
      deadlineText: t.deadlineText,
      targets: t.targets,
      items: t.items,
      extra: t.extra,
    })),
    schedule: catalog.schedule.map((s) => ({
      no: s.no,
      text: s.text,
      units: s.units,
      groups: s.groups,
      deadline: s.deadline,
      deadlineKind: s.deadlineKind,
      deadlineText: s.deadlineText,
    })),
    units: catalog.units,
    mainTasks: catalog.mainTasks.map((m) => ({
      no: m.no,
      part: m.part,
      title: m.title,
      text: m.text,
      units: m.units,
      groups: m.groups,
    })),
  };
}
