// Generates the example dossier in dossiers/ (示例: invented content, no real data) for the bundled
// plan: evidence files by the departments the plan names, attachment PDFs and photos, and a
// realistic set of gaps. Deterministic: running it again gives the same files.
// Usage: npm run build && node scripts/example/make-example.mjs [OUTPUT-FOLDER]   (default: dossiers/)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlan } from '../../dist/catalog/load.js';
import { BUNDLED_PLAN } from '../../dist/workspace/load-workspace.js';
import { bodyFor } from './bodies.mjs';
import { makePdf } from './pdf.mjs';
import { sitePhoto } from './png.mjs';
import { TOPICS } from './topics.mjs';
import { GROUP_LEAD } from './units.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = process.argv[2] ?? join(root, 'dossiers');
mkdirSync(out, { recursive: true });

// The gaps the example is meant to show (see test/example/example.test.ts).
const MISSING = new Set([14, 36, 37, 53, 60, 66]); // no evidence at all
const SILENT = '大明宫保护办'; // a department that has delivered nothing
const SKIP = new Set(['24|市场监管局曲江分局']); // a department missing on a task others delivered
const IN_PROGRESS = new Set([10, 16, 39, 65]); // 10 and 16 are past their deadline
const BELOW = { 10: { '市政供水、供热和燃气老旧管网改造率': '76.3%' }, 16: { 城市道路综合管廊综合配建率: '1.6%' } };
const MISSPELLED = { 85: '应急管里中心' }; // filed under a misspelled department name
const COMBINED = { 安委办: [41, 42] }; // one file for two tasks

const KINDS = ['制度文件', '会议纪要', '工作台账', '工作台账', '图片资料', '总结报告', '统计数据'];

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20210630);
const pick = (list) => list[Math.floor(rand() * list.length)];
const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const between = (a, b) => day(Date.parse(a) + Math.floor(rand() * (Date.parse(b) - Date.parse(a))));

/** The value a department reports for a target: met with a small margin, unless it is a planned shortfall. */
function reported(taskNo, t) {
  const planned = BELOW[taskNo]?.[t.name];
  if (planned) return planned;
  if (t.unit === '%') {
    if (t.value >= 100) return '100%';
    const v = Math.min(100, t.value + 1 + Math.round(rand() * 60) / 10);
    return `${t.op === '>' && v === t.value ? v + 0.5 : v}%`;
  }
  if (t.unit === '平方米') return `${(t.value + 0.12).toFixed(2)}平方米`;
  if (t.unit === '分钟') return `${t.value - 1}分钟`;
  return `${t.value + 1}${t.unit}`;
}

const { catalog } = await loadPlan(BUNDLED_PLAN);
if (!catalog) throw new Error('自带方案无法解析');

// Start clean, but keep the hand-written report narratives in _report/.
for (const name of readdirSync(out)) if (name !== '_report') rmSync(join(out, name), { recursive: true, force: true });

let files = 0;
let attachments = 0;
const done = new Set();
for (const task of catalog.tasks) {
  if (MISSING.has(task.no)) continue;
  const filers = task.units.length ? task.units : GROUP_LEAD[task.no];
  for (const [i, unit] of filers.entries()) {
    if (unit === SILENT || SKIP.has(`${task.no}|${unit}`) || done.has(`${task.no}|${unit}`)) continue;
    const tasks = COMBINED[unit]?.includes(task.no) ? COMBINED[unit] : [task.no];
    for (const no of tasks) done.add(`${no}|${unit}`);
    const lead = i === 0;
    const kind = task.no === 87 ? '总结报告' : pick(KINDS);
    const status = IN_PROGRESS.has(task.no) ? '推进中' : '已完成';
    const deadline = task.deadline && task.deadline < '2021-06-25' ? task.deadline : '2021-06-25';
    const start = between('2020-10-20', deadline < '2020-12-01' ? '2020-11-01' : day(Date.parse(deadline) - 40 * 86400000));
    const date = status === '已完成' ? between(start, deadline) : between(start, '2021-06-28');
    const metrics = lead ? task.targets.map((t) => ({ name: t.name, value: reported(task.no, t) })) : [];
    const topic = TOPICS[task.no];
    const title = `${topic}${{ 制度文件: '工作方案', 会议纪要: '专题会议纪要', 工作台账: '工作台账', 图片资料: '现场检查图片', 总结报告: '工作总结', 统计数据: '统计报表' }[kind]}`;
    const body = bodyFor({ task, unit, kind, topic, date, start, status, rand, metrics });
    const folder = join(out, unit);
    const atts = [];
    if (kind === '图片资料') {
      for (let k = 1; k <= 2; k++) {
        const name = `附件/T${task.no}-现场照片${k}.png`;
        mkdirSync(join(folder, '附件'), { recursive: true });
        writeFileSync(join(folder, name), sitePhoto(rand));
        atts.push(name);
      }
    } else if (lead && kind !== '总结报告' && kind !== '统计数据') {
      const name = `附件/T${task.no}-${title}.pdf`;
      mkdirSync(join(folder, '附件'), { recursive: true });
      writeFileSync(join(folder, name), await attachmentPdf({ task, unit, kind, title, date, start, body }));
      atts.push(name);
    }
    attachments += atts.length;
    const shownUnit = MISSPELLED[task.no] ?? unit;
    const fm = [
      '---',
      '# 示例材料：内容为虚构，仅用于演示 dossier 的用法。',
      `task: ${tasks.length > 1 ? `[${tasks.join(', ')}]` : task.no}`,
      `unit: ${shownUnit}`,
      `title: ${title}`,
      `date: ${date}`,
      `status: ${status}`,
      `kind: ${kind}`,
    ];
    if (metrics.length) fm.push('metrics:', ...metrics.flatMap((m) => [`  - name: ${m.name}`, `    value: ${m.value}`]));
    if (atts.length) fm.push('attachments:', ...atts.map((a) => `  - ${a}`));
    fm.push('---', '');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `T${tasks.join('-')}-${topic.replace(/[“”"/\\:*?<>|]/g, '')}.md`), fm.join('\n') + body.join('\n\n') + '\n');
    files++;
  }
}
writeFileSync(
  join(out, 'README.md'),
  [
    '# 示例佐证资料',
    '',
    '本文件夹是 dossier 自带的**示例**：西安曲江新区创建工作进行到一半（2021年6月30日）时各部门报送的佐证资料。',
    '**全部内容均为虚构**，由 `scripts/example/make-example.mjs` 生成，仅用于演示和测试，不代表任何真实情况。',
    '',
    '示例中有意留下的问题：',
    `- 任务 ${[...MISSING].join('、')} 没有任何佐证材料；`,
    `- ${SILENT}一份材料也没有报送；市场监管局曲江分局没有报送任务 24 的材料；`,
    '- 任务 10、16 已过完成时限仍在推进中，且指标未达到目标；',
    '- 任务 85 的材料把“应急管理中心”误写成了“应急管里中心”。',
    '',
    '`_report/` 中是自评报告里不由单项任务材料构成的部分（基本情况、特色亮点、存在问题、下一步工作）。',
    '',
  ].join('\n'),
);
console.log(`示例佐证资料：${files} 个佐证文件，${attachments} 个附件，写入 ${out}`);

async function attachmentPdf({ task, unit, kind, title, date, start, body }) {
  if (kind === '工作台账') {
    const rows = Array.from({ length: 8 }, (_, i) => [
      String(i + 1),
      `${['东区', '西区', '南区', '北区', '中区'][i % 5]}第${i + 1}检查点`,
      between(start, date),
      pick(['安全通道堵塞', '设施未按期检测', '警示标识缺失', '台账记录不全', '应急器材过期']),
      '已整改',
    ]);
    return makePdf({
      title: `${title}（示例）`,
      paragraphs: [`填报单位：${unit}    任务序号：${task.no}`],
      table: { header: ['序号', '检查点位', '检查日期', '发现问题', '整改情况'], widths: [40, 130, 90, 110, 65], rows },
      signature: unit,
      date,
    });
  }
  return makePdf({
    title: kind === '会议纪要' ? `${title}（示例）` : `关于印发${title}的通知（示例）`,
    docNo: kind === '会议纪要' ? undefined : `曲示例〔${start.slice(0, 4)}〕${task.no}号`,
    paragraphs: body,
    signature: unit,
    date,
  });
}
