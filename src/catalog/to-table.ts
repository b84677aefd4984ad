import type { Sheet } from '../sheet/types.js';
import { formatTarget } from './to-json.js';
import type { Catalog } from './types.js';

/** The task table as spreadsheet rows (used for CSV and XLSX): one row per task, sections named. */
export function catalogSheets(catalog: Catalog): Sheet[] {
  const title = (no: number) => catalog.sections.find((s) => s.no === no)?.title ?? '';
  return [
    {
      name: '任务分解表',
      columns: [
        { header: '序号', width: 6 },
        { header: '分节', width: 22 },
        { header: '主要目标任务', width: 70, wrap: true },
        { header: '责任单位', width: 36, wrap: true },
        { header: '集体责任主体', width: 24, wrap: true },
        { header: '完成时限', width: 16 },
        { header: '截止日期', width: 12 },
        { header: '量化目标', width: 40, wrap: true },
      ],
      rows: catalog.tasks.map((t) => [
        t.no,
        `${t.section}. ${title(t.section)}`,
        t.text,
        t.units.join('、'),
        t.groups.join('、'),
        t.deadlineText,
        t.deadline ?? '',
        t.targets.map(formatTarget).join('；'),
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
        const nos = catalog.tasks.filter((t) => t.units.includes(u)).map((t) => t.no);
        return [u, nos.length, nos.join('、')];
      }),
    },
  ];
}
