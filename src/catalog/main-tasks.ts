import type { AliasTable } from './aliases.js';
import { parseChineseNumber } from '../util/chinese-number.js';
import type { MainTask, PlanIssue } from './types.js';
import { splitUnits } from './units.js';

const REGION_START = /^#+\s*(?:[一二三四五六七八九十]+、)?\s*主要任务\s*$/;
const REGION_END = /^#+\s*(?:[一二三四五六七八九十]+、)?\s*(创建步骤|工作步骤|实施步骤|工作要求|保障措施|附件)/;
const PART = /^#+\s*（([一二三四五六七八九十]+)）\s*(.+)$/;
const START = /^\*\*(\d+)\s*[.．、]\s*(.+?)\*\*(.*)$/;
const UNITS = /（责任单位[：:]\s*([^（）]*(?:（[^（）]*）[^（）]*)*)）\s*$/;

/**
 * Reads the plan body's numbered main tasks (`**3. 加强城市基础及安全设施建设。**…（责任单位：…）`)
 * between the 主要任务 heading and the next chapter; text broken across page breaks is rejoined.
 */
export function parseMainTasks(lines: readonly string[], aliases: AliasTable): { mainTasks: MainTask[]; issues: PlanIssue[] } {
  const mainTasks: MainTask[] = [];
  const issues: PlanIssue[] = [];
  const start = lines.findIndex((l) => REGION_START.test(l.trim()));
  if (start < 0) return { mainTasks, issues };
  let part = 0;
  let open: { no: number; title: string; text: string; line: number; part: number } | undefined;
  const close = (atLine: number) => {
    if (!open) return;
    const m = UNITS.exec(open.text);
    if (!m) {
      issues.push({
        severity: 'error',
        line: open.line,
        message: `主要任务 ${open.no}（${open.title}）到第 ${atLine} 行为止没有找到“（责任单位：…）”`,
        hint: '每条主要任务的正文应以“（责任单位：单位甲、单位乙）”结尾',
      });
    } else {
      const { units, groups } = splitUnits(m[1]!, aliases);
      const text = open.text.slice(0, m.index).trim();
      mainTasks.push({ no: open.no, part: open.part, title: open.title, text, units, groups, line: open.line });
    }
    open = undefined;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (REGION_END.test(line)) {
      close(i + 1);
      break;
    }
    const p = PART.exec(line);
    if (p) {
      close(i + 1);
      part = parseChineseNumber(p[1]!) ?? part;
      continue;
    }
    const s = START.exec(line);
    if (s) {
      close(i + 1);
      const no = Number(s[1]);
      const expected = (mainTasks.at(-1)?.no ?? 0) + 1;
      if (no !== expected) {
        issues.push({
          severity: 'error',
          line: i + 1,
          message: `主要任务编号应为 ${expected}，这里是 ${no}`,
          hint: '请检查主要任务是否漏了、重复了或编号写错了',
        });
      }
      open = { no, title: s[2]!.replace(/[。．.]$/, ''), text: s[3]!.trim(), line: i + 1, part };
      if (UNITS.test(open.text)) close(i + 1);
      continue;
    }
    if (open && line !== '') {
      open.text += line;
      if (UNITS.test(open.text)) close(i + 1);
    }
  }
  close(lines.length);
  return { mainTasks, issues };
}
