import { chineseNumber } from '../util/chinese-number.js';
import { formatTarget } from '../catalog/format-target.js';
import type { Catalog } from '../catalog/types.js';
import { evidenceIds, evidenceKey } from '../check/evidence-ids.js';
import { countTasks } from '../check/run-check.js';
import type { CheckResult } from '../check/types.js';
import type { WorkspaceScore } from '../score/load-score.js';
import { scoreView } from '../score/score-report.js';
import type { Workspace } from '../workspace/config.js';
import { attachmentPath } from '../dossier/attachment-path.js';
import { chineseDate, percent } from './helpers.js';

const STATUS_TEXT = { complete: '已完成', 'in-progress': '推进中', missing: '未报送佐证材料' } as const;

/** Report settings a workspace may set under `report:` in dossier.config.yaml. */
export interface ReportSettings {
  readonly title: string;
  readonly recipient: string;
  readonly issuer: string;
  readonly date: string;
}

/** The report settings of a workspace, with defaults built from the district's name. */
export function reportSettings(ws: Workspace): ReportSettings {
  const r = ws.report;
  const str = (k: 'title' | 'recipient' | 'issuer' | 'date', d: string) => r[k] || d;
  return {
    title: str('title', `${ws.district}关于国家安全发展示范城市创建工作自评情况的报告`),
    recipient: str('recipient', '市安委会'),
    issuer: str('issuer', `${ws.district}国家安全发展示范城市创建工作领导小组办公室`),
    date: str('date', ws.asOf),
  };
}

/** Everything the report template can use; field names are the templates' contract. */
export function reportData(catalog: Catalog, result: CheckResult, ws: Workspace, narratives: Record<string, string>, score: WorkspaceScore, sizeOf: (src: string) => number | undefined = () => 0) {
  // Pictures larger than this stay in the evidence package and are only named in the report.
  const maxImage = (ws.report.maxImageMB ?? 3) * 1024 * 1024;
  const settings = reportSettings(ws);
  const ids = evidenceIds(result);
  const progress = new Map(result.tasks.map((t) => [t.no, t]));
  const taskData = (no: number) => {
    const t = catalog.tasks.find((x) => x.no === no)!;
    const p = progress.get(no)!;
    const late = p.overdue ? `，已超过完成时限 ${p.daysLate} 天` : '';
    return {
      no,
      id: t.id,
      text: t.text,
      units: [...t.units, ...t.groups].join('、'),
      deadline: t.deadline ?? '',
      deadlineText: t.deadline ? chineseDate(t.deadline) : t.deadlineText,
      status: p.status,
      statusText: STATUS_TEXT[p.status] + late,
      overdue: p.overdue,
      targets: t.targets.map(formatTarget),
      metrics: p.metrics
        .filter((m) => m.target !== undefined)
        .map((m) => ({ name: m.name, value: `${m.value}${m.unit}`, target: targetShown(m.target!, m.unit), met: m.met === true, metText: m.met ? '达标' : '未达标' })),
      evidence: p.evidence.map((e) => ({
        id: ids.get(evidenceKey(no, e.file))!,
        file: e.file,
        folder: e.file.includes('/') ? e.file.slice(0, e.file.lastIndexOf('/')) : '',
        unit: e.unit,
        title: e.title,
        date: e.date,
        dateText: chineseDate(e.date),
        status: e.status,
        kind: e.kind ?? '其他',
        body: e.body,
        attachments: e.attachments.map((a) => a.path),
        images: pictures(e.file, e.attachments).filter((p) => (sizeOf(p.src) ?? Infinity) <= maxImage),
        largeImages: pictures(e.file, e.attachments)
          .filter((p) => (sizeOf(p.src) ?? 0) > maxImage)
          .map((p) => p.name),
      })),
    };
  };
  const sections = catalog.sections.map((s) => {
    const nos = catalog.tasks.filter((t) => t.section === s.no).map((t) => t.no);
    return { no: s.no, ordinal: chineseNumber(s.no), title: s.title, stats: countTasks(nos.map((n) => progress.get(n)!)), tasks: nos.map(taskData) };
  });
  const all = countTasks(result.tasks);
  const missing = result.tasks.filter((t) => t.status === 'missing');
  const overdueInProgress = result.tasks.filter((t) => t.status === 'in-progress' && t.overdue);
  const below = result.tasks.flatMap((t) => t.metrics.filter((m) => m.met === false).map((m) => ({ task: t.id, ...m })));
  const unitsMissing = result.tasks.filter((t) => t.status !== 'missing').flatMap((t) => t.unitsMissing.map((u) => ({ task: t.id, unit: u })));
  const fileErrors = result.diagnostics.filter((d) => d.file !== undefined && d.severity === 'error' && d.code !== 'metric-below-target');
  const problems: { title: string; text: string }[] = [];
  if (missing.length) {
    const late = missing.filter((t) => t.overdue).length;
    problems.push({ title: '部分任务尚无佐证材料', text: `任务${missing.map((t) => t.id).join('、')}共 ${missing.length} 项任务尚未报送佐证材料${late ? `，其中 ${late} 项已超过完成时限` : ''}。` });
  }
  if (overdueInProgress.length) {
    problems.push({
      title: '部分任务逾期未完成',
      text: `${overdueInProgress.map((t) => `任务${t.id}（完成时限${chineseDate(catalog.tasks.find((x) => x.no === t.no)!.deadline)}，已超过 ${t.daysLate} 天）`).join('、')}仍在推进中。`,
    });
  }
  if (below.length) {
    problems.push({ title: '部分指标未达到目标', text: `${below.map((m) => `任务${m.task}“${m.name}”为 ${m.value}${m.unit}，未达到 ${targetShown(m.target!, m.unit)} 的目标`).join('；')}。` });
  }
  if (unitsMissing.length) {
    problems.push({ title: '部分责任单位未报送材料', text: `${unitsMissing.map((u) => `${u.unit}（任务${u.task}）`).join('、')}尚未报送本单位承担部分的佐证材料。` });
  }
  if (fileErrors.length) {
    problems.push({ title: '部分佐证材料不规范', text: `有 ${fileErrors.length} 处佐证材料格式或内容问题（如单位名称不规范、附件缺失），正在督促相关单位整改。` });
  }
  const index = sections.flatMap((s) => s.tasks.flatMap((t) => t.evidence.map((e) => ({ ...e, task: t.id, attachmentCount: e.attachments.length }))));
  const schedule = catalog.schedule.map((s) => ({
    no: s.no,
    text: s.text,
    units: [...s.units, ...s.groups].join('、'),
    deadlineText: s.deadline ? chineseDate(s.deadline) : s.deadlineText.replace(/\s+/g, ''),
    status: s.deadline === null ? '待定' : s.deadline < result.asOf ? '时限已过' : '未到时限',
  }));
  return {
    title: settings.title,
    recipient: settings.recipient,
    issuer: settings.issuer,
    district: ws.district,
    date: settings.date,
    dateText: chineseDate(settings.date),
    asOf: result.asOf,
    asOfText: chineseDate(result.asOf),
    narratives,
    summary: { ...all, completeRate: percent(all.complete, all.tasks), evidence: index.length, files: result.files },
    sections,
    problems: problems.map((p, i) => ({ ...p, ordinal: chineseNumber(i + 1) })),
    schedule,
    index,
    score: scoreView(score, catalog),
    chart: JSON.stringify({
      title: '各方面任务完成情况',
      series: ['已完成', '推进中', '未报送'],
      bars: sections.map((s) => ({ label: s.ordinal, values: [s.stats.complete, s.stats.inProgress, s.stats.missing] })),
    }),
  };
}

/** The data the report template receives. */
export type ReportData = ReturnType<typeof reportData>;

function pictures(file: string, attachments: readonly { path: string }[]): { src: string; name: string }[] {
  return attachments
    .map((a) => a.path)
    .filter((a) => /\.(png|jpe?g)$/i.test(a))
    .flatMap((a) => {
      const src = attachmentPath(file, a);
      return src === undefined ? [] : [{ src, name: pictureCaption(src) }];
    });
}

function targetShown(target: string, unit: string): string {
  return target.replace('>=', '≥').replace('<=', '≤') + unit;
}

/** A picture's caption in the report: its file name without the extension or a T24- task prefix (现场照片1, 图1). */
function pictureCaption(src: string): string {
  const stem = src
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
  return stem.replace(/^T[\d.-]+[-_]/i, '') || stem;
}
