import type { StandardScore } from '../score/score-standard.js';
import type { Sheet } from '../sheet/types.js';
import { evidenceGroups } from './evidence-groups.js';
import type { ReportData } from './report-data.js';

/**
 * The evidence index (佐证资料目录) as a sheet, keyed as reviewers read: one row per 三级项 and
 * evidence item (numbered as in the report and the package's file names), the district's task
 * number beside it as a cross-reference; evidence no 三级项 draws on comes last.
 */
export function evidenceIndexSheet(data: ReportData, score: StandardScore): Sheet {
  const rows = evidenceGroups(data, score).flatMap((g) =>
    g.entries.map(({ evidence: e, task }) => [g.label, e.id, e.title, e.unit, e.date, /^\d+$/.test(task) ? Number(task) : task, e.kind, e.status, e.attachments.length]),
  );
  return {
    name: '佐证资料目录',
    title: `${data.district}国家安全发展示范城市创建工作佐证资料目录（截至${data.asOfText}）`,
    columns: [
      { header: '评价细则三级项', width: 26, wrap: true, merge: true },
      { header: '材料编号', width: 9 },
      { header: '材料名称', width: 44, wrap: true },
      { header: '提供单位', width: 20, wrap: true },
      { header: '日期', width: 12 },
      { header: '对应任务', width: 9 },
      { header: '类型', width: 10 },
      { header: '状态', width: 8 },
      { header: '附件数', width: 7 },
    ],
    rows,
  };
}
