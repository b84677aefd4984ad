import type { CheckResult } from '../check/types.js';
import type { Catalog } from '../catalog/types.js';
import type { WorkspaceScore } from '../score/load-score.js';
import { scoreView } from '../score/score-report.js';
import type { Workspace } from '../workspace/config.js';
import { chineseDate, percent } from './helpers.js';
import { reportSettings, workName } from './report-data.js';

/** The parts of the review package, in order; the letter lists them as its attachments (附件1–5). */
export const PACKAGE_PARTS = ['自评报告', '自评打分表', '佐证资料目录', '佐证资料', '问题整改台账'] as const;

/** The titles of the package's parts as the documents themselves carry them, in the letter's order. */
export function packagePartTitles(ws: Workspace): string[] {
  const work = `${ws.district}国家安全发展示范城市创建工作`;
  return PACKAGE_PARTS.map((p) => (p === '自评报告' ? reportSettings(ws).title : `${work}${p}`));
}

/** Everything the request-letter template (letter.md.hbs) can use. */
export function letterData(ws: Workspace, catalog: Catalog, result: CheckResult, score: WorkspaceScore) {
  const l = ws.letter;
  const str = (k: keyof typeof l, d: string) => l[k] || d;
  const report = reportSettings(ws);
  const s = result.summary;
  const year = (l.date ?? report.date).slice(0, 4);
  return {
    organ: report.issuer,
    number: str('number', `〔${year}〕1号`),
    signer: str('signer', ''),
    title: str('title', `${report.issuer}关于申请${workName(report.issuer)}省、市级复核的请示`),
    recipient: report.recipient,
    district: ws.district,
    issuer: report.issuer,
    dateText: chineseDate(str('date', report.date)),
    contact: str('contact', ''),
    phone: str('phone', ''),
    // 版记: 抄送, 印发机关 and 印发日期.
    cc: str('cc', ''),
    printer: str('printedBy', report.issuer),
    printDateText: chineseDate(str('printedOn', str('date', report.date))),
    summary: { ...s, completeRate: percent(s.complete, s.tasks) },
    score: scoreView(score, catalog),
    // The letter says the district is ready only when it is: nearly every task done and every item assessed.
    ready: s.tasks > 0 && s.complete / s.tasks >= 0.9 && !score.draft,
    inProgress: s.tasks - s.complete,
    parts: packagePartTitles(ws),
  };
}
