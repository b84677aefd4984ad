import type { Sheet } from '../sheet/types.js';
import type { CheckResult } from './types.js';

const KIND: Readonly<Record<string, string>> = {
  'task-missing': '任务未报送材料',
  'unit-missing': '责任单位未报送',
  overdue: '逾期未完成',
  'metric-below-target': '指标未达标',
  'attachment-missing': '附件问题',
  'attachment-outside': '附件问题',
  'unknown-unit': '材料不规范',
  'unknown-task': '材料不规范',
  'frontmatter-syntax': '材料不规范',
  'frontmatter-schema': '材料不规范',
  encoding: '材料不规范',
  unreadable: '材料不规范',
  'file-outside': '材料不规范',
  'duplicate-evidence': '材料不规范',
  'unit-not-responsible': '材料不规范',
};

/** The rectification ledger (问题整改台账): one row per error or warning, for the office to track. */
export function rectificationSheet(result: CheckResult, district: string): Sheet {
  const rows = result.diagnostics.filter((d) => d.severity !== 'info');
  return {
    name: '问题整改台账',
    title: `${district}国家安全发展示范城市创建工作问题整改台账（截至 ${result.asOf}）`,
    columns: [
      { header: '序号', width: 6 },
      { header: '问题类型', width: 14 },
      { header: '任务', width: 6 },
      { header: '责任单位', width: 18, wrap: true },
      { header: '问题描述', width: 50, wrap: true },
      { header: '整改措施', width: 44, wrap: true },
      { header: '相关文件', width: 30, wrap: true },
      { header: '整改时限', width: 12 },
      { header: '整改状态', width: 10 },
    ],
    rows: rows.map((d, i) => [i + 1, KIND[d.code] ?? d.code, d.task ?? null, d.unit ?? '', d.message, d.hint ?? '', d.file ? `${d.file}${d.line ? ` 第 ${d.line} 行` : ''}` : '', '', '待整改']),
  };
}
