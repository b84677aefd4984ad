import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFonts } from '../../src/render/fonts/find-fonts.js';
import { writeSheetsPdf } from '../../src/render/pdf/write-sheets-pdf.js';
import { SCORE_SHEET_COLUMNS } from '../../src/score/standard-sheets.js';
import { mergedRuns } from '../../src/sheet/merged-runs.js';
import type { Sheet } from '../../src/sheet/types.js';

const fonts = findFonts();
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** A score sheet shaped like the real one: items with several clauses, one clause longer than a page. */
function scoreLike(): Sheet {
  const rows: (string | number | null)[][] = [];
  for (let item = 1; item <= 30; item++) {
    const clauses = item === 7 ? 3 : item % 4 === 0 ? 2 : 1;
    for (let k = 1; k <= clauses; k++) {
      const long =
        item === 7 && k === 2 ? Array.from({ length: 90 }, (_, i) => `第${i + 1}种情形未落实的`).join('，') + '，每发现一处扣0.1分，1分扣完为止' : `条款${item}-${k}：每发现一处扣0.2分，1分扣完为止`;
      rows.push([
        item <= 15 ? '一、城市安全源头治理（18分）' : '二、城市安全风险防控（32分）',
        `${Math.ceil(item / 5)}.二级项（5分）`,
        `（${item}）三级项${item}（2分）`,
        `评价内容${item}`,
        long,
        k === 1 ? 0.2 : 0,
        1.8,
        `材料${item}`,
        null,
        '是',
        '',
        '住建局',
        '住建局',
        '住建局、应急局',
        '',
        `备注${item}-${k}`,
      ]);
    }
  }
  return {
    name: '自评打分表',
    title: '测试区自评打分表',
    columns: SCORE_SHEET_COLUMNS,
    rows,
    footer: '填报单位（盖章）：测试区办公室　　　填报人：　　　　审核人：　　　　填报日期：',
  };
}

describe('the score sheet as a printed PDF', () => {
  const sheet = scoreLike();
  const dir = mkdtempSync(join(tmpdir(), 'dossier-sheet-pdf-'));
  const file = join(dir, 'sheet.pdf');
  const text = async () => {
    const { data, pages } = await writeSheetsPdf([sheet], {
      fonts,
      meta: { title: sheet.title!, author: '测试区', subject: '', date: '2021-06-30', lang: 'zh-CN' },
      date: new Date('2021-06-30T00:00:00Z'),
    });
    writeFileSync(file, data);
    return { pages, text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }) };
  };

  it('is A4 landscape, numbered, with the header row on every page and the 填报单位 line at the end', async () => {
    const { pages, text: t } = await text();
    expect(pages).toBeGreaterThan(2);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 595\.2\d+ pts/);
    const printed = t.split('\f').filter((p) => p.trim() !== '');
    expect(printed).toHaveLength(pages);
    printed.forEach((p, i) => {
      expect(squeeze(p)).toContain('扣分标准');
      expect(squeeze(p)).toContain(`—${i + 1}—`);
    });
    expect(squeeze(printed.at(-1)!)).toContain('填报单位（盖章）：测试区办公室');
  });

  it('loses no cell: every clause, the one longer than a page too, is printed in full', async () => {
    const { text: t } = await text();
    const all = squeeze(
      t
        .split('\f')
        .map((p) => p.replace(/—\s*\d+\s*—/g, ''))
        .join(''),
    );
    for (const row of sheet.rows) expect(all).toContain(squeeze(String(row[15])));
    // The long clause runs over pages, cut between lines: each of its 90 conditions appears exactly once.
    for (let i = 1; i <= 90; i++) expect(all.split(`第${i}种情形未落实`).length - 1).toBe(1);
    // A merged item shows its 三级项 once, not once per clause; carried onto the next page, it is repeated there.
    expect(all.split('（4）三级项4（2分）').length - 1).toBe(1);
    expect(all.split('（7）三级项7（2分）').length - 1).toBe(3);
  });

  it('merges a column only inside the merged cells to its left', () => {
    const runs = mergedRuns(sheet);
    const score = runs.filter((r) => r.column === 6);
    // 得分 is 1.8 in every row, but merges only within each 三级项's clauses.
    expect(score.every((r) => sheet.rows[r.from]![2] === sheet.rows[r.to]![2])).toBe(true);
    expect(score).toHaveLength(8);
    expect(runs.find((r) => r.column === 0)).toEqual({ column: 0, from: 0, to: sheet.rows.findIndex((r) => String(r[0]).startsWith('二')) - 1 });
  });
});
