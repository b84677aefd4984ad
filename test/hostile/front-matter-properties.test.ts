// Property tests of the evidence reader: any bytes give diagnostics or evidence (never an exception, never a
// line outside the file), and what the browser form writes (YAML from the `yaml` package) reads back as written.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeAliasTable } from '../../src/catalog/aliases.js';
import { readEvidenceFile } from '../../src/dossier/read-evidence.js';
import { STATUSES } from '../../src/dossier/types.js';
import { builtinAliasRecord } from '../helpers.js';

const aliases = makeAliasTable(builtinAliasRecord);
const SEED = 20261130;

/** Text a clerk could type: CJK, digits, ASCII punctuation and YAML-special characters, no control characters. */
const clerkText = fc
  .array(fc.oneof(fc.constantFrom(...'住建局安全生产检查：，。、“”（）《》—…123４５ %#:-*[]{}&!|>\'"@`~?'.split('')), fc.string({ unit: 'grapheme-ascii', maxLength: 3 })), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.join('').replace(/[\p{Cc}]/gu, ''))
  .filter((s) => s.trim() !== '' && s.trim() === s);

describe('the evidence reader on any input', () => {
  it('never throws, and every diagnostic points at a line of the file', () => {
    const pieces = fc.oneof(
      fc.constantFrom(
        '---\n',
        '---',
        'task: 24\n',
        'unit: 住建局\n',
        'title: x\n',
        'date: 2020-12-20\n',
        'status: 已完成\n',
        'metrics:\n  - name: a\n    value: 1\n',
        'attachments: [../x]\n',
        '&a [*a]\n',
        '<!--',
        '\r\n',
        '\ufeff',
        '\u0000',
        '：',
        '\t',
      ),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const r = readEvidenceFile('单位/T1.md', Buffer.from(text), aliases);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const d of r.diagnostics) {
          expect(d.file).toBe('单位/T1.md');
          if (d.line !== undefined) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(Math.max(lines, 1));
          }
          expect(d.message).not.toBe('');
        }
        expect(r.evidence !== undefined || r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('blank lines above the opening --- are named as such, with what to do', () => {
    const r = readEvidenceFile('住建局/T24.md', Buffer.from('\n\n---\ntask: 24\nunit: 住建局\ntitle: 通报\ndate: 2021-06-01\nstatus: 已完成\n---\n正文。\n'), aliases);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'frontmatter-schema', line: 1, message: '文件开头有 2 个空行，属性区开头的 --- 要写在第一行', hint: '删掉 --- 上面的空行' });
  });

  it('random bytes never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = readEvidenceFile('a.md', bytes, aliases);
        expect(Array.isArray(r.diagnostics)).toBe(true);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe('front matter written by a YAML library reads back as written', () => {
  it('title, unit, date, status, metrics and body survive any characters a clerk types', () => {
    const date = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2023-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(clerkText, date, fc.constantFrom(...STATUSES), clerkText, fc.array(clerkText, { minLength: 1, maxLength: 4 }), (title, day, status, metric, body) => {
        const front = { task: 24, unit: '住建局', title, date: day, status, metrics: [{ name: metric, value: '100%' }] };
        const text = `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
        const r = readEvidenceFile('住建局/T24.md', Buffer.from(text), aliases);
        const errors = r.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'evidence-placeholder');
        expect(errors, text).toEqual([]);
        if (!r.evidence) return; // A body that is only a comment or empty is a placeholder, reported above.
        expect(r.evidence.title).toBe(title);
        expect(r.evidence.unit).toBe('住建局');
        expect(r.evidence.date).toBe(day);
        expect(r.evidence.status).toBe(status);
        expect(r.evidence.metrics[0]?.name).toBe(metric);
        expect(r.evidence.body.trim()).toBe(body.join('\n\n').trim());
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
