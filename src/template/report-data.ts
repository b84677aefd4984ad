import { chineseNumber } from '../util/chinese-number.js';
import { formatTarget } from '../catalog/format-target.js';
import { SCHEDULE_HEADER } from '../catalog/columns.js';
import type { Catalog } from '../catalog/types.js';
import { evidenceIds, evidenceKey } from '../check/evidence-ids.js';
import { countTasks } from '../check/run-check.js';
import type { CheckResult } from '../check/types.js';
import type { WorkspaceScore } from '../score/load-score.js';
import { scoreView } from '../score/score-report.js';
import type { Workspace } from '../workspace/config.js';
import { attachmentPath } from '../dossier/attachment-path.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chineseDate, percent, targetText, taskTitle } from './helpers.js';

const STATUS_TEXT = { complete: '已完成', 'in-progress': '推进中', missing: '未报送佐证材料' } as const;

/** The report's title, sender, recipient and date. */
export interface ReportSettings {
  readonly title: string;
  /** 主送机关 (`recipient:`, shared with the 请示). */
  readonly recipient: string;
  /** 发文机关 and 落款 (`organ:`, shared with the 请示). */
  readonly issuer: string;
  readonly date: string;
}

/** 发文机关 when the workspace names none. */
export function defaultOrgan(district: string): string {
  return `${district}国家安全发展示范城市创建工作领导小组办公室`;
}

/** 主送机关 when the workspace names none. */
export const DEFAULT_RECIPIENT = '市安全生产委员会';

/** The one issuing organ of every submitted document (masthead, titles, signature). */
export function issuingOrgan(ws: Workspace): string {
  return ws.organ ?? defaultOrgan(ws.district);
}

/** What the creation work is called after the organ's name: the organ's name says 国家安全发展示范城市 already, or not. */
export function workName(organ: string): string {
  return organ.includes('安全发展示范城市') ? '创建工作' : '国家安全发展示范城市创建工作';
}

/** The report settings of a workspace, with defaults built from the issuing organ. */
export function reportSettings(ws: Workspace): ReportSettings {
  const organ = issuingOrgan(ws);
  return {
    title: ws.report.title || `${organ}关于${workName(organ)}自评情况的报告`,
    recipient: ws.recipient ?? DEFAULT_RECIPIENT,
    issuer: organ,
    date: ws.report.date || ws.asOf,
  };
}

/**
 * What a submitted document would say by default because the workspace does not: the clerk is
 * told before signing (发文机关 and 主送机关 of the report, stages without a status, a plan without a
 * schedule, stages: entries the schedule lacks; for the package also 整改时限 and 签发人).
 */
export function submissionDefaults(ws: Workspace, catalog: Catalog, forPackage: boolean): string[] {
  const out: string[] = [];
  if (ws.organ === undefined) out.push(`发文机关按默认写作“${defaultOrgan(ws.district)}”（在 dossier.config.yaml 第一层写 organ: 发文机关全称）`);
  if (ws.recipient === undefined) out.push(`主送机关按默认写作“${DEFAULT_RECIPIENT}”（写 recipient: 主送机关全称，如 西安市安全生产委员会）`);
  const unreported = catalog.schedule.filter((s) => ws.stages[String(s.no)] === undefined && s.deadline !== null && s.deadline < ws.asOf);
  if (unreported.length > 0) {
    out.push(`日程安排表中第 ${unreported.map((s) => s.no).join('、')} 阶段没有填写完成情况，附件中写作“待填报”（在 stages: 下写 序号: 已完成 等）`);
  }
  // What stages: says about stages the plan does not have reaches no document: said, not dropped.
  const known = new Set(catalog.schedule.map((s) => String(s.no)));
  const unknown = Object.keys(ws.stages)
    .filter((no) => !known.has(no))
    .sort((a, b) => Number(a) - Number(b));
  // The bundled templates set the schedule as 附件3; a workspace's own report templates may not.
  const ownTemplates = ['report.md.hbs', 'attachments.md.hbs'].some((n) => existsSync(join(ws.templates, n)));
  if (catalog.schedule.length === 0 && (!ownTemplates || unknown.length > 0)) {
    out.push(
      `实施方案中没有日程安排表${ownTemplates ? '' : '，报告附件“创建工作日程安排完成情况”只有表头'}${unknown.length > 0 ? `，dossier.config.yaml 的 stages: 填写的 ${unknown.length} 个阶段没有写进去` : ''}（在方案中加上日程安排表，表头写 ${SCHEDULE_HEADER}；Excel 方案可放在另一张工作表）`,
    );
  } else if (catalog.schedule.length > 0 && unknown.length > 0) {
    out.push(`dossier.config.yaml 的 stages: 中第 ${unknown.join('、')} 阶段在日程安排表中没有（表中共 ${catalog.schedule.length} 个阶段），没有写进附件（请核对序号）`);
  }
  if (!forPackage) return out;
  if (ws.rectifyBy === undefined) out.push('问题整改台账的整改时限按默认写作“复核前”（写 rectifyBy: 整改完成日期，如 2021-08-31）');
  if (!ws.letter.signer) out.push('请示没有签发人（在 letter: 下写 signer: 签发人姓名）');
  return out;
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
      /** The heading: the plan's title column or the text's first sentence or clause, never cut. */
      title: taskTitle(t),
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
        .map((m) => ({ name: m.name, value: `${m.value}${m.unit}`, target: targetText(m.target!, m.unit), met: m.met === true, metText: m.met ? '达标' : '未达标' })),
      evidence: p.evidence.map((e) => {
        // Each picture's size looked up once: it is printed, or only named when too large.
        const shown = pictures(e).map((p) => ({ ...p, size: sizeOf(p.src) }));
        return {
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
          /** Each attachment's caption in step with `attachments` (pictures only; '' for other files). */
          captions: captions(e.title, e.attachments),
          images: shown.filter((p) => (p.size ?? Infinity) <= maxImage).map(({ src, name }) => ({ src, name })),
          largeImages: shown.filter((p) => (p.size ?? 0) > maxImage).map((p) => p.name),
        };
      }),
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
    problems.push({ title: '部分指标未达到目标', text: `${below.map((m) => `任务${m.task}“${m.name}”为 ${m.value}${m.unit}，未达到 ${targetText(m.target!, m.unit)} 的目标`).join('；')}。` });
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
    // Completion as the office reports it (`stages:`); the calendar alone says nothing about it.
    status: ws.stages[String(s.no)] ?? (s.deadline === null || s.deadline >= result.asOf ? '未到完成时限' : '待填报'),
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

/** True for the attachments shown as pictures (PNG and JPEG). */
export function isPicture(path: string): boolean {
  return /\.(png|jpe?g)$/i.test(path);
}

/**
 * The captions of an evidence file's pictures, in step with its attachments ('' for files that are
 * no pictures): the department's own `caption:`, else the evidence's title, numbered （1）（2）… when
 * it has several pictures. Never a file name.
 */
export function captions(title: string, attachments: readonly { path: string; caption?: string }[]): string[] {
  const count = attachments.filter((a) => isPicture(a.path)).length;
  let n = 0;
  return attachments.map((a) => {
    if (!isPicture(a.path)) return '';
    n++;
    return a.caption ?? (count > 1 ? `${title}（${n}）` : title);
  });
}

function pictures(e: { readonly file: string; readonly title: string; readonly attachments: readonly { path: string; caption?: string }[] }): { src: string; name: string }[] {
  const names = captions(e.title, e.attachments);
  return e.attachments.flatMap((a, i) => {
    if (!isPicture(a.path)) return [];
    const src = attachmentPath(e.file, a.path);
    return src === undefined ? [] : [{ src, name: names[i]! }];
  });
}
