import type { Sheet } from '../sheet/types.js';
import type { ReportData } from './report-data.js';

/** The evidence index (佐证资料目录) as a sheet: one row per evidence file, numbered as in the report. */
export function evidenceIndexSheet(data: ReportData): Sheet {
  return {
    name: '佐证资料目录',
    title: `${data.district}国家安全发展示范城市创建工作佐证资料目录（截至 ${data.asOf}）`,
    columns: [
      { header: '编号', width: 8 },
      { header: '任务序号', width: 9 },
      { header: '材料名称', width: 44, wrap: true },
      { header: '提供单位', width: 20 },
      { header: '日期', width: 12 },
      { header: '类型', width: 10 },
      { header: '状态', width: 8 },
      { header: '附件', width: 40, wrap: true },
      { header: '文件', width: 40, wrap: true },
    ],
    rows: data.index.map((e) => [e.id, /^\d+$/.test(e.task) ? Number(e.task) : e.task, e.title, e.unit, e.date, e.kind, e.status, e.attachments.join('\n'), e.file]),
  };
}
