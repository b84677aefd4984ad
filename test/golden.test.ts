import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGoldenFolder, failOnGoldenProblems, GoldenMismatch, textDiff } from './golden.js';

const numbered = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

describe('textDiff', () => {
  it('is undefined for equal texts', () => {
    expect(textDiff('a\nb\n', 'a\nb\n')).toBeUndefined();
  });

  it('shows each change as a hunk with three lines of context and its line numbers', () => {
    const a = numbered(40);
    const b = [...a];
    b[9] = 'line ten';
    b.splice(30, 1);
    const d = textDiff(a.join('\n') + '\n', b.join('\n') + '\n', { labels: ['golden.txt', 'output'] })!;
    expect(d).toMatchObject({ removed: 2, added: 1 });
    expect(d.text.split('\n')).toEqual([
      '--- golden.txt',
      '+++ output',
      '@@ -7,7 +7,7 @@',
      '  line 7',
      '  line 8',
      '  line 9',
      '- line 10',
      '+ line ten',
      '  line 11',
      '  line 12',
      '  line 13',
      '@@ -28,7 +28,6 @@',
      '  line 28',
      '  line 29',
      '  line 30',
      '- line 31',
      '  line 32',
      '  line 33',
      '  line 34',
    ]);
  });

  it('cuts a long diff and says how much it left out', () => {
    const d = textDiff(
      numbered(200).join('\n'),
      numbered(200)
        .map((l) => l + '!')
        .join('\n'),
      { maxLines: 10 },
    )!;
    expect(d).toMatchObject({ removed: 200, added: 200 });
    const lines = d.text.split('\n');
    expect(lines).toHaveLength(2 + 10 + 1);
    expect(lines.at(-1)).toBe('… 391 more diff lines not shown');
  });

  it('shows form feeds (page breaks of pdftotext) visibly', () => {
    expect(textDiff('a\n\fb\n', 'a\n\fc\n')!.text).toContain('- ␌b\n+ ␌c');
  });
});

describe('golden folders', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'dossier-golden-'));

  it('writes the parts when updating, deleting files of parts that are gone', () => {
    const dir = folder();
    writeFileSync(join(dir, '09-old.txt'), 'gone');
    writeFileSync(join(dir, 'README.md'), 'kept');
    expect(
      checkGoldenFolder(
        dir,
        [
          ['01-a.txt', 'A\n'],
          ['02-b.txt', 'B\n'],
        ],
        { update: true },
      ),
    ).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['01-a.txt', '02-b.txt', 'README.md']);
    expect(readFileSync(join(dir, '02-b.txt'), 'utf8')).toBe('B\n');
    expect(
      checkGoldenFolder(
        dir,
        [
          ['01-a.txt', 'A\n'],
          ['02-b.txt', 'B\n'],
        ],
        { update: false },
      ),
    ).toEqual([]);
  });

  it('reports a changed part with its diff, a missing part and a part no longer produced', () => {
    const dir = folder();
    checkGoldenFolder(
      dir,
      [
        ['01-a.txt', 'x\ny\nz\n'],
        ['02-b.txt', 'B\n'],
      ],
      { update: true },
    );
    const problems = checkGoldenFolder(
      dir,
      [
        ['01-a.txt', 'x\nY\nz\n'],
        ['03-c.txt', 'C\n'],
      ],
      { update: false },
    );
    expect(problems.map((p) => p.summary.replace(/^.*\//, ''))).toEqual([
      '01-a.txt differs from the output (1 line removed, 1 line added)',
      '03-c.txt is missing (a new part of the output, 2 lines)',
      '02-b.txt is no longer produced (the output has no such part)',
    ]);
    expect(problems[0]!.diff).toMatch(/^--- .*01-a\.txt\n\+\+\+ output\n@@ -1,4 \+1,4 @@\n {2}x\n- y\n\+ Y\n {2}z\n/);
  });

  it('fails with the diffs of the first problems, the same part of several formats together, and how to accept', () => {
    const problems = [
      { file: 'g/model/01-a.txt', summary: 'model/01-a.txt differs', diff: '@@ model @@' },
      { file: 'g/model/02-b.txt', summary: 'model/02-b.txt differs', diff: '@@ model b @@' },
      { file: 'g/pdf/01-a.txt', summary: 'pdf/01-a.txt differs', diff: '@@ pdf @@' },
    ];
    expect(() => failOnGoldenProblems([], 'UPDATE=1 x')).not.toThrow();
    let message = '';
    try {
      failOnGoldenProblems(problems, 'UPDATE=1 npx vitest run x.test.ts', 2);
    } catch (e) {
      expect(e).toBeInstanceOf(GoldenMismatch);
      message = (e as Error).message;
    }
    expect(message).toBe(
      [
        '3 golden files do not match the output:',
        '',
        'model/01-a.txt differs',
        '@@ model @@',
        '',
        'pdf/01-a.txt differs',
        '@@ pdf @@',
        '',
        '… and also:',
        '  model/02-b.txt differs',
        '',
        'If the change is intended, review it and accept the output with: UPDATE=1 npx vitest run x.test.ts',
      ].join('\n'),
    );
  });
});
