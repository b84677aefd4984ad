import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defectWorkspace } from '../fixtures/defects.js';
import { evidence, writeTree } from '../fixtures/tree.js';
import { runCli } from '../helpers.js';

interface Diag {
  code: string;
  severity: string;
  file?: string;
  line?: number;
  task?: number;
  unit?: string;
  message: string;
  hint?: string;
}
interface TaskJson {
  no: number;
  status: string;
  overdue: boolean;
  evidence: { file: string }[];
  unitsMissing: string[];
  metrics: unknown[];
}
let ws: string;
let code: number;
let data: { version: number; asOf: string; summary: Record<string, number>; tasks: TaskJson[]; diagnostics: Diag[] };
const task = (no: number) => data.tasks.find((t) => t.no === no)!;

/** Snapshot of every file in a folder: path → size and mtime, to prove nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out[p] = `${statSync(p).size}:${statSync(p).mtimeMs}:${readFileSync(p).toString('base64').slice(0, 64)}`;
    }
  };
  walk(dir);
  return out;
}

describe('dossier check on a dossier with every kind of defect', () => {
  let before: Record<string, string>;
  beforeAll(async () => {
    ws = defectWorkspace();
    before = snapshot(join(ws, 'dossiers'));
    const r = await runCli(['check', '--json'], { cwd: ws });
    code = r.code;
    data = JSON.parse(r.stdout);
  });

  it('reports each file defect with the right code, file and line', () => {
    const fileDiags = data.diagnostics.filter((d) => d.file !== undefined).map((d) => [d.code, d.severity, d.file, d.line ?? null]);
    expect(fileDiags).toEqual([
      ['unit-not-responsible', 'warning', '住建局/T20-非责任.md', 3],
      ['frontmatter-schema', 'error', '住建局/T24-指标.md', 8],
      ['frontmatter-schema', 'error', '住建局/T24-指标.md', 10],
      ['frontmatter-schema', 'error', '住建局/T24-指标.md', 12],
      ['duplicate-evidence', 'warning', '住建局/T24.md', 4],
      ['metric-below-target', 'error', '住建局/T82.md', 8],
      ['file-outside', 'error', '外部链接.md', null],
      ['unreadable', 'error', '失效链接.md', null],
      ['encoding', 'warning', '应急管理中心/T19-gbk.md', 1],
      ['encoding', 'warning', '应急管理中心/T22-utf16.md', 1],
      ['attachment-missing', 'error', '应急管理中心/T67.md', 8],
      ['attachment-outside', 'error', '应急管理中心/T67.md', 9],
      ['attachment-outside', 'error', '应急管理中心/T67.md', 10],
      ['attachment-missing', 'error', '应急管理中心/T67.md', 11],
      ['frontmatter-syntax', 'error', '应急管理中心/T78-语法.md', 4],
      ['frontmatter-schema', 'error', '应急管理中心/T79-字段.md', 1],
      ['frontmatter-schema', 'error', '应急管理中心/T79-字段.md', 4],
      ['frontmatter-schema', 'error', '应急管理中心/T79-字段.md', 5],
      ['unknown-unit', 'error', '应急管理中心/T85-错字.md', 3],
      ['unknown-task', 'error', '应急管理中心/T99.md', 2],
      ['frontmatter-schema', 'error', '应急管理中心/无属性区.md', 1],
      ['frontmatter-syntax', 'error', '应急管理中心/炸弹.md', 1],
      ['encoding', 'error', '应急管理中心/照片.md', null],
      ['frontmatter-schema', 'error', '应急管理中心/空文件.md', 1],
      ['frontmatter-syntax', 'error', '应急管理中心/超大.md', 1],
    ]);
  });

  it('says what is wrong and what to do, in Chinese', () => {
    const find = (code: string, file: string) => data.diagnostics.find((d) => d.code === code && d.file === file)!;
    expect(find('unknown-unit', '应急管理中心/T85-错字.md').hint).toContain('是不是“应急管理中心”');
    expect(find('metric-below-target', '住建局/T82.md').message).toBe('指标“人均避难场所面积”为 1.2平方米，未达到目标（人均避难场所面积 > 1.5平方米）');
    expect(find('frontmatter-schema', '应急管理中心/T79-字段.md').message).toBe('缺少必填字段 title（标题）');
    expect(data.diagnostics.find((d) => d.file === '住建局/T24-指标.md' && d.line === 8)!.message).toContain('同时对应任务 24 的多个目标');
    expect(data.diagnostics.find((d) => d.file === '住建局/T24-指标.md' && d.line === 10)!.message).toContain('单位“平方米”与目标的单位“%”不一致');
    expect(find('frontmatter-syntax', '应急管理中心/炸弹.md').message).toContain('展开后过大');
    expect(find('frontmatter-syntax', '应急管理中心/超大.md').message).toContain('超过 1 MB');
    expect(find('attachment-missing', '应急管理中心/T67.md').hint).toBeDefined();
    for (const d of data.diagnostics) {
      expect(d.message).toMatch(/\p{Script=Han}/u);
      expect(d.hint ?? '').not.toBe(null);
      expect(Object.values(d)).not.toContain(null);
    }
  });

  it('classifies every task', () => {
    expect(task(24)).toMatchObject({ status: 'complete', overdue: false, unitsMissing: ['市场监管局曲江分局'] });
    expect(task(24).evidence.map((e) => e.file)).toEqual(['住建局/T24-副本.md', '住建局/T24-指标.md', '住建局/T24.md']);
    expect(task(23).status).toBe('complete'); // BOM + CRLF
    expect(task(68).status).toBe('complete'); // Chinese keys
    expect(task(19).status).toBe('complete'); // GBK
    expect(task(22).status).toBe('complete'); // UTF-16
    expect(task(85).status).toBe('complete'); // unknown department: reported, still counts
    expect(task(20)).toMatchObject({ status: 'complete' }); // one file 已完成, one 推进中
    expect(task(67)).toMatchObject({ status: 'in-progress', overdue: true }); // broken attachments
    expect(task(82)).toMatchObject({ status: 'in-progress', overdue: false }); // below target, deadline 2021-06-30 not before asOf
    expect(task(78)).toMatchObject({ status: 'missing' }); // only unusable files
    expect(task(79)).toMatchObject({ status: 'missing' });
    expect(task(1)).toMatchObject({ status: 'missing', overdue: false }); // deadline 2021-07-31
    expect(task(14)).toMatchObject({ status: 'missing', overdue: false }); // no deadline
    expect(task(6)).toMatchObject({ status: 'missing', overdue: true });
    // Besides 10 warnings about files and tasks, one per 三级项 of the bundled standard not yet assessed or supported.
    const items = data.diagnostics.filter((d) => (d as { item?: string }).item !== undefined);
    expect(items.every((d) => d.severity === 'warning' && (d.code === 'item-unassessed' || d.code === 'item-unsupported'))).toBe(true);
    expect(items.filter((d) => d.code === 'item-unassessed')).toHaveLength(47);
    expect(data.summary).toEqual({ tasks: 87, complete: 7, inProgress: 2, missing: 78, overdue: 67, errors: expect.any(Number), warnings: 10 + items.length });
    expect(data.summary['errors']).toBe(data.diagnostics.filter((d) => d.severity === 'error').length);
  });

  it('raises the task-wide findings as DESIGN.md defines them', () => {
    const taskWide = data.diagnostics.filter((d) => d.file === undefined && d.code !== 'task-missing' && !(d as { item?: string }).item).map((d) => [d.code, d.task, d.unit ?? null]);
    expect(taskWide).toEqual([
      ['unit-missing', 20, '辖区派出所'],
      ['unit-missing', 24, '市场监管局曲江分局'],
      ['metric-unreported', 24, null],
      ['overdue', 67, null],
      ['unit-missing', 82, '资源规划中心'],
      ['unit-missing', 82, '应急管理中心'],
      ['unit-missing', 85, '应急管理中心'],
    ]);
    const missing = data.diagnostics.filter((d) => d.code === 'task-missing');
    expect(missing.map((d) => d.task)).toEqual(data.tasks.filter((t) => t.status === 'missing').map((t) => t.no));
    expect(missing.find((d) => d.task === 6)!.message).toContain('已超过完成时限（2020-12-31）181 天');
    expect(missing.find((d) => d.task === 1)!.message).not.toContain('已超过');
  });

  it('exits 1 on errors and never writes into the dossier folder', () => {
    expect(code).toBe(1);
    expect(data.version).toBe(1);
    expect(data.asOf).toBe('2021-06-30');
    expect(snapshot(join(ws, 'dossiers'))).toEqual(before);
  });

  it('--as-of moves the deadline line', async () => {
    const r = await runCli(['check', '--json', '--as-of', '2021-08-01'], { cwd: ws });
    const d = JSON.parse(r.stdout);
    expect(d.asOf).toBe('2021-08-01');
    expect(d.tasks.find((t: TaskJson) => t.no === 1).overdue).toBe(true);
    expect(d.tasks.find((t: TaskJson) => t.no === 82).overdue).toBe(true);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'overdue', task: 82 }));
  });

  it('--unit narrows to one department', async () => {
    const r = await runCli(['check', '--json', '--unit', '住建局'], { cwd: ws });
    const d = JSON.parse(r.stdout);
    expect(d.tasks.every((t: TaskJson) => t.no !== 19)).toBe(true);
    expect(d.tasks.map((t: TaskJson) => t.no)).toContain(20); // 住建局 sent evidence for it
    expect(d.diagnostics.every((x: Diag) => x.unit === '住建局' || (x.unit === undefined && x.file === undefined))).toBe(true);
    expect(d.summary.tasks).toBe(d.tasks.length);
  });

  it('--task shows the file of the task whose front matter cannot be parsed', async () => {
    const d = JSON.parse((await runCli(['check', '--json', '--task', '78'], { cwd: ws })).stdout);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'frontmatter-syntax', file: '应急管理中心/T78-语法.md', task: 78 }));
  });

  it('--task shows a file named for the task that names no task that can be read', async () => {
    const own = writeTree({
      'dossier.config.yaml': 'district: 示例区\nasOf: 2021-06-30\n',
      'dossiers/住建局/T23-无属性区.md': '开展了检查。\n',
      'dossiers/住建局/T23_任务号.md': evidence(['task: 第二十三项', 'unit: 住建局', 'title: 台账', 'date: 2021-03-05', 'status: 已完成']),
      'dossiers/住建局/T230-别的任务.md': '开展了检查。\n',
      'dossiers/住建局/T23-2.md': '第二份，没有属性区。\n',
      'dossiers/住建局/T24-正常.md': evidence(['task: 24', 'unit: 住建局', 'title: 台账', 'date: 2021-03-05', 'status: 已完成']),
    });
    const d = JSON.parse((await runCli(['check', '--json', '--task', '23'], { cwd: own })).stdout);
    expect([...new Set(d.diagnostics.filter((x: Diag) => x.file !== undefined).map((x: Diag) => x.file))].sort()).toEqual(['住建局/T23-2.md', '住建局/T23-无属性区.md', '住建局/T23_任务号.md']);
  });

  it('--unit shows a department the slip in its own folder that names a department the plan does not know', async () => {
    const d = JSON.parse((await runCli(['check', '--json', '--unit', '应急管理中心'], { cwd: ws })).stdout);
    expect(d.diagnostics).toContainEqual(expect.objectContaining({ code: 'unknown-unit', file: '应急管理中心/T85-错字.md', unit: '应急管里中心' }));
    // …and all that is wrong with that file, as the whole check shows it.
    const all = JSON.parse((await runCli(['check', '--json'], { cwd: ws })).stdout) as { diagnostics: Diag[] };
    expect(d.diagnostics.filter((x: Diag) => x.file === '应急管理中心/T85-错字.md')).toEqual(all.diagnostics.filter((x) => x.file === '应急管理中心/T85-错字.md'));
    const other = JSON.parse((await runCli(['check', '--json', '--unit', '住建局'], { cwd: ws })).stdout);
    expect(other.diagnostics.map((x: Diag) => x.code)).not.toContain('unknown-unit');
  });

  it('prints a readable report with a per-section summary', async () => {
    const r = await runCli(['check'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('dossiers/应急管理中心/T67.md\n  第8行    错误  附件“附件/不存在.pdf”不存在  [attachment-missing]');
    expect(r.stdout).toMatch(/三、加强城市安全风险防控\s+20\s+/);
    expect(r.stdout).toMatch(/合计\s+87\s+7\s+2\s+78\s+67/);
  });

  it('usage mistakes exit 2', async () => {
    expect((await runCli(['check', '--as-of', '2021/06/30'], { cwd: ws })).code).toBe(2);
    expect((await runCli(['check', '--unit', '不存在局'], { cwd: ws })).code).toBe(2);
    expect((await runCli(['check', 'no-such-folder'], { cwd: ws })).code).toBe(2);
  });
});
