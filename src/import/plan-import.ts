import { findTask } from '../catalog/find-task.js';
import type { Catalog, Task } from '../catalog/types.js';
import type { EvidenceKind, EvidenceStatus } from '../dossier/types.js';
import { nearest } from '../util/edit-distance.js';
import { nearUnit } from '../catalog/near-unit.js';
import type { ImportType } from './file-type.js';
import { guessKind } from './guess-kind.js';
import type { NameFields } from './import-name.js';

/** What the clerk gave on the command line, already checked: these win over the file name. */
export interface ImportChoices {
  readonly task?: Task;
  readonly unit?: string;
  readonly title?: string;
  /** ISO date. */
  readonly date?: string;
  readonly status?: EvidenceStatus;
}

/** The front matter of an imported evidence file. */
export interface EvidenceMeta {
  readonly task: Task;
  readonly unit: string;
  readonly title: string;
  readonly date: string;
  readonly status: EvidenceStatus;
  readonly kind: EvidenceKind;
}

/** Why a file is not imported, and what to do, in the clerk's words. */
export interface Refusal {
  readonly message: string;
  readonly hint: string;
}

/** Everything planImport looks at for one file. */
export interface PlanInput {
  readonly fileName: string;
  readonly type: ImportType;
  readonly name: NameFields;
  readonly choices: ImportChoices;
  readonly catalog: Catalog;
  /** Every department name the workspace knows (plan and config). */
  readonly known: readonly string[];
  /** The first heading of a Word file. */
  readonly heading?: string;
  /** A date written in the file itself, offered as a hint when none is known. */
  readonly dateInText?: { readonly written: string; readonly iso: string };
}

/** A part of a file name that reads as a department's name: it ends as one does. */
const UNIT_LIKE = /(?:局|委|办|办公室|中心|公司|院|所|队|站|部|会|厅|处|署|馆|集团|街道|镇|管委会|分局)$/;

/**
 * Decides an imported file's front matter: options first, then the file name, then (for the
 * title) the Word file's first heading and finally the file name itself. Refuses when the task,
 * the department or the date is unknown; notes say where the name and the options disagree.
 */
export function planImport(input: PlanInput): { meta: EvidenceMeta; notes: string[] } | { refusal: Refusal } {
  const { name, choices, fileName } = input;
  const notes: string[] = [];
  const example = `T24_住建局_标题_2020-12-20${fileName.slice(fileName.lastIndexOf('.'))}`;

  let task = choices.task;
  if (task && name.task !== undefined && name.task !== task.id) notes.push(`文件名中的任务序号是 ${name.task}，已按 --task ${task.id} 导入`);
  if (!task && name.task !== undefined) {
    task = findTask(input.catalog, name.task);
    if (!task) return { refusal: { message: `文件名中的任务序号“${name.task}”不在方案中`, hint: `请改正文件名，或加 --task 序号 指定（用 dossier catalog 查看全部任务）` } };
  }
  if (!task) return { refusal: { message: '不知道这份材料属于哪项任务', hint: `请加 --task 序号（用 dossier catalog 查看全部任务），或把序号写在文件名开头，如 ${example}` } };

  let unit = choices.unit;
  if (unit && name.unit !== undefined && name.unit !== unit) notes.push(`文件名中的单位是${name.unit}，已按 --unit ${unit} 导入`);
  unit ??= name.unit;
  if (!unit) {
    // A slip (住键局), or the department's full name (曲江新区住房和城乡建设局 for 住建局), which a batch of files may all use.
    const guess = name.rest.map((p) => ({ p, near: nearest(p, input.known, 1) ?? (UNIT_LIKE.test(p) ? nearUnit(p, input.known) : undefined) })).find((x) => x.near !== undefined);
    return {
      refusal: {
        message: guess ? `文件名中的“${guess.p}”不是方案中的单位名称` : '不知道这份材料是哪个单位报送的',
        hint: guess
          ? `是不是“${guess.near}”？请改正文件名，或加 --unit ${guess.near}；如果各单位的文件名常这样写，可在 dossier.config.yaml 的 unitAliases 中加一行“${guess.p}: ${guess.near}”，以后就能认出`
          : `请加 --unit 单位名称，或把单位写进文件名，如 ${example}`,
      },
    };
  }

  let date = choices.date;
  if (date && name.date !== undefined && name.date !== date) notes.push(`文件名中的日期是 ${name.date}，已按 --date ${date} 导入`);
  if (date && name.badDate !== undefined) notes.push(`文件名中的日期“${name.badDate}”不存在（没有这一天），已按 --date ${date} 导入`);
  date ??= name.date;
  if (!date && name.badDate !== undefined) {
    return {
      refusal: {
        message: `文件名中的日期“${name.badDate}”不存在（没有这一天）`,
        hint: '请对照原件改正文件名中的日期，或单独导入这个文件并加 --date YYYY-MM-DD（如 --date 2020-12-20）',
      },
    };
  }
  if (!date) {
    const found = input.dateInText;
    const ext = fileName.slice(fileName.lastIndexOf('.'));
    return {
      refusal: {
        message: '不知道这份材料的日期（工作完成或文件印发的日期）',
        hint: found
          ? `文件中写有日期“${found.written}”：如果这就是印发或完成日期，请单独导入这个文件并加 --date ${found.iso}，或在文件名末尾加上日期（如改为 ${name.stem}_${found.iso}${ext}）`
          : `请单独导入这个文件并加 --date YYYY-MM-DD（如 --date 2020-12-20），或在文件名末尾加上日期（如改为 ${name.stem}_2020-12-20${ext}）`,
      },
    };
  }

  const title = choices.title ?? (name.title || undefined) ?? input.heading ?? name.stem;
  if (title === name.stem && choices.title === undefined && !name.title && (name.task !== undefined || name.unit !== undefined || name.date !== undefined)) {
    notes.push(`文件名中没有材料标题，文件中也没有找到，标题暂用文件名“${name.stem}”：请打开佐证文件把 title 改为材料的正式标题，或导入时加 --title`);
  }
  const responsible = task.units.includes(unit) || task.groups.length > 0;
  if (!responsible) notes.push(`方案没有把任务 ${task.id} 分给${unit}（责任单位：${task.units.join('、')}），仍按要求导入`);
  return { meta: { task, unit, title, date, status: choices.status ?? '推进中', kind: guessKind(input.type, title) }, notes };
}
