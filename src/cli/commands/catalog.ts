import { resolve } from 'node:path';
import { catalogJson } from '../../catalog/to-json.js';
import { formatTarget } from '../../catalog/format-target.js';
import { catalogSheets } from '../../catalog/to-table.js';
import { chineseNumber } from '../../util/chinese-number.js';
import type { Catalog } from '../../catalog/types.js';
import { sheetToCsv } from '../../sheet/to-csv.js';
import { sheetsToXlsx } from '../../sheet/to-xlsx.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { displayWidth, padEnd, truncate } from '../../util/text-width.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

/** Options of `dossier catalog`. */
export interface CatalogOptions {
  readonly format: 'table' | 'json' | 'csv' | 'xlsx';
  readonly out?: string;
  readonly outputDir: string;
  readonly date: Date;
}

/** `dossier catalog`: prints or writes the task catalog parsed from the plan. */
export async function catalogCommand(catalog: Catalog, options: CatalogOptions, io: Io): Promise<number> {
  switch (options.format) {
    case 'json':
      io.out(JSON.stringify(catalogJson(catalog), null, 2) + '\n');
      return 0;
    case 'csv': {
      const csv = sheetToCsv(catalogSheets(catalog)[0]!);
      if (options.out === undefined) io.out(csv);
      else {
        // The BOM lets Excel recognise the file as UTF-8 when it is opened by double-click.
        await writeFileAtomic(resolve(io.cwd, options.out), '\uFEFF' + csv);
        io.err(`已写出 ${options.out}\n`);
      }
      return 0;
    }
    case 'xlsx': {
      const out = resolve(io.cwd, options.out ?? `${options.outputDir}/任务分解表.xlsx`);
      await writeFileAtomic(out, await sheetsToXlsx(catalogSheets(catalog), { date: options.date }));
      io.out(`已写出 ${out}\n`);
      return 0;
    }
    case 'table':
      io.out(catalogTable(catalog, io.columns));
      return 0;
    default:
      throw new UsageError(`不支持的格式“${String(options.format)}”`, '可用格式：table、json、csv、xlsx');
  }
}

/** The catalog as a terminal table, one line per task under its section, targets beneath. */
export function catalogTable(catalog: Catalog, columns: number): string {
  const lines: string[] = [];
  const unitWidth = 30;
  const head = `${padEnd('序号', 5)}${padEnd('截止日期', 12)}${padEnd('责任单位', unitWidth + 2)}任务`;
  for (const section of catalog.sections) {
    lines.push('', `${chineseNumber(section.no)}、${section.title}`, head);
    for (const t of catalog.tasks.filter((x) => x.section === section.no)) {
      const units = truncate([...t.units, ...t.groups].join('、'), unitWidth);
      const when = t.deadline ?? (t.deadlineKind === 'none' ? t.deadlineText : `${t.deadlineText}`);
      const prefix = `${padEnd(t.id, 5)}${padEnd(truncate(when, 11), 12)}${padEnd(units, unitWidth + 2)}`;
      lines.push(prefix + truncate(t.text, Math.max(20, columns - displayWidth(prefix))));
      const indent = ' '.repeat(17);
      if (t.lead.length > 0 || t.support.length > 0) lines.push(`${indent}牵头：${t.lead.join('、') || '—'}；配合：${t.support.join('、') || '—'}`);
      for (const target of t.targets) lines.push(`${indent}目标：${formatTarget(target)}`);
      if (t.items.length > 0) lines.push(`${indent}对应评价细则：${t.items.map((i) => `（${i}）`).join('')}`);
      for (const [k, v] of Object.entries(t.extra)) lines.push(`${indent}${k}：${truncate(v, Math.max(20, columns - 20))}`);
    }
  }
  const withTargets = catalog.tasks.filter((t) => t.targets.length > 0).length;
  lines.push(
    '',
    `共 ${catalog.sections.length} 节、${catalog.tasks.length} 项任务（${withTargets} 项含量化目标），` +
      `${catalog.schedule.length} 个日程阶段，${catalog.mainTasks.length} 项主要任务，${catalog.units.length} 个责任单位。`,
    `方案：${catalog.plan}`,
  );
  return lines.join('\n') + '\n';
}
