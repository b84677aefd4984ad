import type { Sheet } from '../sheet/types.js';
import { formatTarget } from './to-json.js';
import type { Catalog } from './types.js';

const KIND_TEXT = { date: '日期', recurring: '周期性', ongoing: '长期', none: '无具体日期' } as const;

/** The task table as spreadsheet rows (used for CSV and XLSX): one row per task, sections named. */
export function catalogSheets(catalog: Catalog): Sheet[] {
  const title = (no: number) => catalog.sections.find((s) => s.no === no)?.title ?? '';
  const extras = [...new Set(catalog.tasks.flatMap((t) => Object.keys(t.extra)))];
  return [
    {
      name: '任务分解表',
      columns: [
        { header: '序号', width: 6 },
        { header: '分节', width: 22 },
        { header: '主要目标任务', width: 70, wrap: true },
        { header: '责任单位', width: 36, wrap: true },
        { header: '牵头单位', width: 20, wrap: true },
        { header: '配合单位', width: 24, wrap: true },
        { header: '集体责任主体', width: 24, wrap: true },
        { header: '完成时限', width: 16 },
        { header: '截止日期', width: 12 },
        { header: '时限类型', width: 10 },
        { header: '量化目标', width: 40, wrap: true },
        { header: '对应评价细则', width: 14 },
        ...extras.map((h) => ({ header: h, width: 20, wrap: true })),
      ],
      rows: catalog.tasks.map((t) => [
        /^\d+$/.test(t.id) ? Number(t.id) : t.id,
        `${t.section}. ${title(t.section)}`,
        t.text,
        t.units.join('、'),
        t.lead.join('、'),
        t.support.join('、'),
        t.groups.join('、'),
        t.deadlineText,
        t.deadline ?? '',
        KIND_TEXT[t.deadlineKind],
        t.targets.map(formatTarget).join('；'),
        t.items.join('、'),
        ...extras.map((h) => t.extra[h] ?? ''),
      ]),
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
