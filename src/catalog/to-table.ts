import type { Sheet } from '../sheet/types.js';
import { formatTarget } from './format-target.js';
import type { Catalog, Task } from './types.js';

const KIND_TEXT = { date: '日期', recurring: '周期性', ongoing: '长期', none: '无具体日期' } as const;

/** The task table as spreadsheet rows (used for CSV and XLSX): one row per task, sections named. */
export function catalogSheets(catalog: Catalog): Sheet[] {
  const title = (no: number) => catalog.sections.find((s) => s.no === no)?.title ?? '';
  const extras = [...new Set(catalog.tasks.flatMap((t) => Object.keys(t.extra)))];
  const any = (f: (t: Task) => readonly unknown[]) => catalog.tasks.some((t) => f(t).length > 0);
  const all: { column: Sheet['columns'][number]; value: (t: Task) => string | number; when?: boolean }[] = [
    { column: { header: '序号', width: 6 }, value: (t) => (/^\d+$/.test(t.id) ? Number(t.id) : t.id) },
    { column: { header: '分节', width: 22 }, value: (t) => `${t.section}. ${title(t.section)}` },
    { column: { header: '主要目标任务', width: 70, wrap: true }, value: (t) => t.text },
    // With 牵头/配合 columns the units column only repeats them: left out unless it adds departments.
    { column: { header: '责任单位', width: 36, wrap: true }, value: (t) => t.units.join('、'), when: catalog.tasks.some((t) => t.units.length !== new Set([...t.lead, ...t.support]).size) },
    { column: { header: '牵头单位', width: 20, wrap: true }, value: (t) => t.lead.join('、'), when: any((t) => t.lead) },
    { column: { header: '配合单位', width: 24, wrap: true }, value: (t) => t.support.join('、'), when: any((t) => t.support) },
    { column: { header: '集体责任主体', width: 24, wrap: true }, value: (t) => t.groups.join('、') },
    { column: { header: '完成时限', width: 16 }, value: (t) => t.deadlineText },
    { column: { header: '截止日期', width: 12 }, value: (t) => t.deadline ?? '' },
    { column: { header: '时限类型', width: 10 }, value: (t) => KIND_TEXT[t.deadlineKind] },
    { column: { header: '量化目标', width: 40, wrap: true }, value: (t) => t.targets.map(formatTarget).join('；') },
    { column: { header: '对应评价细则', width: 14 }, value: (t) => t.items.join('、'), when: any((t) => t.items) },
    ...extras.map((h) => ({ column: { header: h, width: 20, wrap: true }, value: (t: Task) => t.extra[h] ?? '' })),
  ];
  const taskColumns = all.filter((c) => c.when !== false);
  return [
    {
      name: '任务分解表',
      // Columns a plan does not have (牵头/配合 units, indicator items) are left out, so that the sheet prints narrow.
      columns: taskColumns.map((c) => c.column),
      rows: catalog.tasks.map((t) => taskColumns.map((c) => c.value(t))),
    },
    {
      name: '日程安排表',
      columns: [
        { header: '序号', width: 6 },
        { header: '阶段性工作任务', width: 70, wrap: true },
        { header: '责任单位', width: 30, wrap: true },
        { header: '集体责任主体', width: 24, wrap: true },
        { header: '完成时限', width: 18 },
        { header: '截止日期', width: 12 },
      ],
      rows: catalog.schedule.map((s) => [s.no, s.text, s.units.join('、'), s.groups.join('、'), s.deadlineText, s.deadline ?? '']),
    },
    {
      name: '责任单位',
      columns: [
        { header: '责任单位', width: 26 },
        { header: '任务数', width: 8 },
        { header: '任务序号', width: 60, wrap: true },
      ],
      rows: catalog.units.map((u) => {
        const nos = catalog.tasks.filter((t) => t.units.includes(u)).map((t) => t.id);
        return [u, nos.length, nos.join('、')];
      }),
    },
  ];
}
