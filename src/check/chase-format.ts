import type { Sheet } from '../sheet/types.js';
import type { ChaseItem, ChaseList } from './chase.js';

const COLUMNS = [
  { header: '任务序号', width: 9 },
  { header: '任务内容', width: 36, wrap: true },
  { header: '完成时限', width: 12 },
  { header: '问题类型', width: 12 },
  { header: '具体情况', width: 40, wrap: true },
  { header: '处理建议', width: 34, wrap: true },
  { header: '文件', width: 24, wrap: true },
  { header: '行', width: 6 },
] as const;

/** The chase list as workbook sheets: a summary sheet, then one sheet per department. */
export function chaseSheets(list: ChaseList, district: string): Sheet[] {
  const count = (items: readonly ChaseItem[], kind: ChaseItem['kind']) => items.filter((i) => i.kind === kind).length;
  const summary: Sheet = {
    name: '汇总',
    title: `${district}创建工作佐证资料催办清单（截至 ${list.asOf}）`,
    columns: [
      { header: '责任单位', width: 24 },
      { header: '未报送', width: 9 },
      { header: '逾期未完成', width: 11 },
      { header: '文件有误', width: 9 },
      { header: '附件问题', width: 9 },
      { header: '指标未达标', width: 11 },
      { header: '合计', width: 8 },
    ],
    rows: [
      ...list.entries.map((e) => [
        e.unit,
        count(e.items, '未报送'),
        count(e.items, '逾期未完成'),
        count(e.items, '文件有误'),
        count(e.items, '附件问题'),
        count(e.items, '指标未达标'),
        e.items.length,
      ]),
      ...(list.collective.length > 0 ? [['集体责任任务（由创建办统筹）', list.collective.length, 0, 0, 0, 0, list.collective.length]] : []),
    ],
  };
  const sheet = (name: string, items: readonly ChaseItem[]): Sheet => ({
    name,
    title: `${name}：待办事项 ${items.length} 项（截至 ${list.asOf}）`,
    columns: COLUMNS,
    rows: items.map((i) => [i.task ?? null, i.taskText ?? '', i.deadline ?? '', i.kind, i.detail, i.hint ?? '', i.file ?? '', i.line ?? null]),
  });
  return [summary, ...list.entries.map((e) => sheet(e.unit, e.items)), ...(list.collective.length > 0 ? [sheet('集体责任任务', list.collective)] : [])];
}

/** The chase list as markdown, one section per department, ready to paste into a notice. */
export function chaseMarkdown(list: ChaseList, district: string): string {
  const out: string[] = [`# ${district}创建工作佐证资料催办清单`, '', `截至 ${list.asOf}，以下事项请各责任单位抓紧办理。`, ''];
  const section = (title: string, items: readonly ChaseItem[]) => {
    out.push(`## ${title}（${items.length} 项）`, '', '| 任务 | 完成时限 | 问题类型 | 具体情况 | 处理建议 |', '| --- | --- | --- | --- | --- |');
    for (const i of items) {
      const where = i.file ? `（${i.file}${i.line ? ` 第 ${i.line} 行` : ''}）` : '';
      out.push(`| ${i.task ?? ''} | ${i.deadline ?? ''} | ${i.kind} | ${cell(i.detail + where)} | ${cell(i.hint ?? '')} |`);
    }
    out.push('');
  };
  for (const e of list.entries) section(e.unit, e.items);
  if (list.collective.length > 0) section('集体责任任务（由创建办统筹）', list.collective);
  if (list.entries.length === 0 && list.collective.length === 0) out.push('没有需要催办的事项。', '');
  return out.join('\n');
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
