import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAliasTable } from '../../src/catalog/aliases.js';
import { parsePlan } from '../../src/catalog/plan.js';
import { builtinAliasRecord, catalogOf, qujiangText } from '../helpers.js';

const aliases = makeAliasTable(builtinAliasRecord);
const lines = qujiangText().split('\n');
const original = catalogOf(lines.join('\n'));
const taskLines = lines.flatMap((l, i) => (/^\d+\t/.test(l) && i < lines.findIndex((x) => x.includes('阶段性工作任务')) ? [i] : []));
const sectionLines = lines.flatMap((l, i) => (l.startsWith('<b>') ? [i] : []));
const tasksOf = (c: typeof original) => c.tasks.map((t) => [t.id, t.section, t.text, t.units, t.deadline]);

describe('no plan row vanishes', () => {
  it('the bundled plan with its section rows’ trailing tabs removed still gives the same 87 tasks', () => {
    const copy = lines.map((l) => (l.startsWith('<b>') ? l.replace(/\t+$/, '') : l));
    expect(copy.join('\n')).not.toBe(lines.join('\n'));
    const catalog = catalogOf(copy.join('\n'));
    expect(catalog.tasks).toHaveLength(87);
    expect(tasksOf(catalog)).toEqual(tasksOf(original));
    expect(catalog.sections).toEqual(original.sections);
  });

  it('a stray blank row and page-break text inside the table keep every task', () => {
    const copy = [...lines];
    copy.splice(taskLines[30]!, 0, '', '— 12 —', '');
    expect(tasksOf(catalogOf(copy.join('\n')))).toEqual(tasksOf(original));
  });

  it('a row with a missing cell is refused at its line', () => {
    const at = taskLines[10]!;
    const copy = [...lines];
    copy[at] = copy[at]!.split('\t').slice(0, 3).join('\t');
    const r = parsePlan(copy.join('\n'), 'plan.md', aliases);
    expect(r.catalog).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ severity: 'error', line: at + 1, message: expect.stringContaining('这一行有 3 列') }));
  });

  it('two rows merged into one line are refused at that line', () => {
    const at = taskLines[20]!;
    const next = taskLines[21]!;
    const copy = [...lines];
    copy.splice(at, next - at + 1, `${copy[at]}${copy[next]}`);
    const r = parsePlan(copy.join('\n'), 'plan.md', aliases);
    expect(r.catalog).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ severity: 'error', line: at + 1 }));
  });

  it('a broken header refuses the plan at the rows it would have lost', () => {
    const copy = lines.map((l) => (l.startsWith('序号\t主要目标任务') ? '序号\t目标\t单位\t时间' : l));
    const r = parsePlan(copy.join('\n'), 'plan.md', aliases);
    expect(r.catalog).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ severity: 'error', line: taskLines[0]! + 1, message: '这一行像表格行，但上面没有找到表头' }));
  });

  it('any damage to the task table gives every task or an error at a line of the table (property)', () => {
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('drop-tab' as const), row: fc.constantFrom(...taskLines), cut: fc.nat(2) }),
      fc.record({ kind: fc.constant('trim-section' as const), row: fc.constantFrom(...sectionLines) }),
      fc.record({ kind: fc.constant('blank' as const), row: fc.constantFrom(...taskLines) }),
      fc.record({ kind: fc.constant('join' as const), row: fc.constantFrom(...taskLines.slice(0, -1)) }),
      fc.record({ kind: fc.constant('delete' as const), row: fc.constantFrom(...taskLines) }),
      fc.record({ kind: fc.constant('split-cell' as const), row: fc.constantFrom(...taskLines) }),
    );
    const first = taskLines[0]! - 5;
    const last = taskLines.at(-1)! + 5;
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const copy = [...lines];
        // Applied bottom-up so that earlier line numbers stay valid.
        for (const d of [...damages].sort((a, b) => b.row - a.row)) {
          const l = copy[d.row]!;
          if (d.kind === 'drop-tab') {
            const cells = l.split('\t');
            const i = Math.min(d.cut, cells.length - 2);
            copy[d.row] = [...cells.slice(0, i), cells[i]! + cells[i + 1]!, ...cells.slice(i + 2)].join('\t');
          } else if (d.kind === 'trim-section') copy[d.row] = l.replace(/\t+$/, '');
          else if (d.kind === 'blank') copy.splice(d.row, 0, '');
          else if (d.kind === 'join') copy.splice(d.row, 2, `${l} ${copy[d.row + 1] ?? ''}`);
          else if (d.kind === 'delete') copy.splice(d.row, 1);
          else {
            const cells = l.split('\t');
            const text = cells[1]!;
            copy.splice(d.row, 1, `${cells[0]}\t${text.slice(0, 5)}`, `${text.slice(5)}\t${cells.slice(2).join('\t')}`);
          }
        }
        const r = parsePlan(copy.join('\n'), 'plan.md', aliases);
        if (r.catalog) {
          expect(r.catalog.tasks).toHaveLength(87);
          expect(r.catalog.tasks.map((t) => t.id)).toEqual(original.tasks.map((t) => t.id));
        } else {
          const errors = r.issues.filter((i) => i.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          expect(errors.every((e) => e.line >= first && e.line <= last + damages.length * 2)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});
