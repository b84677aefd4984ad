import type { Sheet } from '../sheet/types.js';
import type { ScoreSheet } from './score.js';

/** The self-score sheet as workbook sheets: every task's line, then the totals per item and the vetoes. */
export function scoreSheets(sheet: ScoreSheet, district: string): Sheet[] {
  const note = sheet.needsConfirmation ? '（分值和扣分规则为默认设定，须对照正式评分标准核实）' : '';
  return [
    {
      name: '自评打分表',
      title: `${district}国家安全发展示范城市创建工作自评打分表${note}`,
      columns: [
        { header: '一级项', width: 18, wrap: true },
        { header: '任务', width: 6 },
        { header: '评价内容', width: 48, wrap: true },
        { header: '分值', width: 7 },
        { header: '扣分', width: 7 },
        { header: '得分', width: 7 },
        { header: '扣分原因', width: 40, wrap: true },
        { header: '证明材料', width: 20, wrap: true },
        { header: '责任单位', width: 30, wrap: true },
      ],
      rows: sheet.rows.map((r) => [r.item, r.task, r.content, r.points, r.deduction, r.score, r.reasons.join('；'), r.evidence.join('、'), r.units]),
    },
    {
      name: '汇总',
      title: `自评得分汇总${note}`,
      columns: [
        { header: '一级项', width: 24 },
        { header: '分值', width: 8 },
        { header: '扣分', width: 8 },
        { header: '得分', width: 8 },
        { header: '说明', width: 50, wrap: true },
      ],
      rows: [
        ...sheet.items.map((i) => [i.name, i.points, i.deduction, i.score, `${i.bonus ? '加分项' : '基础项'}${i.confirm ? '；分值待核实' : ''}`]),
        ['基础项合计', sheet.total.points, Math.round((sheet.total.points - sheet.total.score) * 100) / 100, sheet.total.score, ''],
        ['加分', null, null, sheet.total.bonus, ''],
        ...sheet.vetoes.map((v) => [`否决项（任务 ${v.task}）`, null, null, null, `${v.text}：${v.status}`]),
      ],
    },
  ];
}
