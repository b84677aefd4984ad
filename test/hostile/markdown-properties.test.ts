// Property tests of the evidence-body policy (issue 15): whatever a department types reaches the document
// tree, the DOCX text and the PDF text layer, and never changes the report around it.
//
// Two kinds of bodies are generated:
// - prose: Chinese, digits, Latin words, Chinese punctuation, line ends and blank lines, with the
//   markdown-special characters * _ ~ \ [ ] ( ) < > ! # | & ; : . - + = / @ $ % ^ { } ' " inside words
//   (as 2*3*4米 or D:\资料\a_b). None of it is markup by the body policy, so every character must
//   come out, in order (whitespace aside). The backtick is left out: a pair of them is a code span
//   by design, which shows its text but not the backticks.
// - blocks: the markup a department may use or misuse (headings, underlined lines, lists nested past
//   the limit, tables, quotes, code fences named like the report's directives, HTML, comments,
//   links, bold, rules); the prose inside each must come out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/model/plain.js';
import type { Block } from '../../src/model/types.js';
import { AFTER, BEFORE, modelOf, NEXT_TASK, render, squeeze } from '../fixtures/hostile/markdown/render.js';

const SEED = 15_2026;

const han = fc.constantFrom(...'安全生产检查企业数量计划已完成工作开展情况统计数据住建局隐患整改排查督导');
const cjkPunct = fc.constantFrom(...'，。、；：？！“”（）《》');
const digit = fc.constantFrom(...'0123456789');
const latin = fc.constantFrom(...'abcxyzABCKQ');
const special = fc.constantFrom(...'*_~\\[]()<>!#|&;:.-+=/@$%^{}\'"');

/** A word: Chinese characters, a number or a Latin word, with special characters between its characters. */
const word = fc
  .tuple(
    fc.oneof(fc.array(han, { minLength: 1, maxLength: 6 }), fc.array(digit, { minLength: 1, maxLength: 5 }), fc.array(latin, { minLength: 1, maxLength: 5 })),
    fc.array(fc.option(special, { freq: 3 }), { maxLength: 6 }),
  )
  .map(([chars, marks]) => chars.map((c, i) => (i > 0 && marks[i - 1] ? marks[i - 1] + c : c)).join(''));

/** A line: words, Latin-ish ones spaced, Chinese punctuation after some. */
const line = fc
  .array(fc.tuple(word, fc.option(cjkPunct, { freq: 3 }), fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([w, p, space], i) => (i > 0 && space ? ' ' : '') + w + (p ?? '')).join(''));

/** Prose: lines joined by line ends and blank lines. */
const prose = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 5 }).map((ls) => ls.map(([l, sep], i) => (i ? sep : '') + l).join(''));

/** One block of markup with the texts that must come out of it. */
type Piece = { readonly md: string; readonly shows: readonly string[] };
const shortWord = fc.array(han, { minLength: 2, maxLength: 5 }).map((c) => c.join(''));
const block: fc.Arbitrary<Piece> = fc.oneof(
  prose.map((p) => ({ md: p, shows: p.split('\n') })),
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([n, l]) => ({ md: `${'#'.repeat(n)} ${l}`, shows: [l] })),
  fc.tuple(line, fc.constantFrom('===', '---', '-')).map(([l, u]) => ({ md: `${l}\n${u}`, shows: [l] })),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom('-', '*', '+', '1.', '2)'), line), { minLength: 1, maxLength: 14 }).map((items) => {
    let depth = 0;
    const lines = items.map(([d, marker, l]) => {
      depth = Math.min(d, depth + 1);
      return `${'   '.repeat(depth)}${marker} ${l}`;
    });
    return { md: lines.join('\n'), shows: items.map(([, , l]) => l) };
  }),
  fc.array(fc.tuple(shortWord, shortWord), { minLength: 1, maxLength: 4 }).map((rows) => ({
    md: `| 甲 | 乙 |\n| --- | :---: |\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`,
    shows: rows.flat(),
  })),
  line.map((l) => ({ md: `> ${l}\n> > ${l}`, shows: [l, l] })),
  fc.tuple(fc.constantFrom('', 'chart', 'signature', 'pagebreak', 'header', 'attachment'), prose).map(([lang, p]) => ({ md: `\`\`\`${lang}\n${p}\n\`\`\``, shows: p.split('\n') })),
  line.map((l) => ({ md: `    ${l}`, shows: [l] })),
  line.map((l) => ({ md: `<div>\n${l}\n</div>`, shows: ['<div>', l, '</div>'] })),
  fc.tuple(shortWord, fc.stringMatching(/^[a-z0-9]{1,8}$/)).map(([t, path]) => ({ md: `见[${t}](http://example.com/${path})。`, shows: [`${t}（http://example.com/${path}）。`] })),
  fc.tuple(line, shortWord).map(([l, w]) => ({ md: `${l} **${w}** ${l}`, shows: [l, w] })),
  fc.tuple(line, line).map(([a, b]) => ({ md: `${a}\\\n${b}`, shows: [a, b] })),
  fc.constantFrom('---', '***', '<!-- 单位自己的备注 -->').map((md) => ({ md, shows: [] })),
);

/** Blocks separated by blank lines; the last may open an HTML block or a comment and never close it. */
const body = fc.tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.option(fc.tuple(fc.constantFrom('<!-- ', '<pre>\n', '<script>\n'), line), { freq: 3 })).map(([blocks, open]) => {
  const pieces = open ? [...blocks, { md: `${open[0]}\n\n${open[1]}`, shows: [open[0].trim(), open[1]] }] : blocks;
  return { md: pieces.map((p) => p.md).join('\n\n'), shows: pieces.flatMap((p) => p.shows) };
});

/** Each text appears in `haystack` (whitespace aside), in order. */
function expectShown(haystack: string, texts: readonly string[], what: string) {
  const all = squeeze(haystack);
  let from = 0;
  for (const t of texts) {
    const needle = squeeze(t);
    if (!needle) continue;
    const at = all.indexOf(needle, from);
    expect(at, `${what} lacks ${JSON.stringify(t)}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

/** The report around the bodies keeps its structure: one evidence heading per body, the next task a heading, the text after it. */
function expectReportWhole(blocks: readonly Block[], bodies: number) {
  const headings = blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? `${b.level}:${plain(b.children)}` : ''));
  expect(headings.filter((h) => h.startsWith('4:（'))).toHaveLength(bodies);
  expect(headings.at(-1)).toBe(`3:2. ${NEXT_TASK}`);
  expect(blocks.filter((b) => b.type === 'title')).toHaveLength(1);
  expect(blocks.at(-1)).toEqual({ type: 'paragraph', indent: true, children: [{ type: 'text', value: AFTER }] });
}

/** Anything at all: markdown's characters and constructs in any order, unbalanced. */
const soup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'#*_`~\\[]()<>!|-+=.:;&/ \n\t01a安，。"\'{}$'),
      fc.constantFrom(
        '<!--',
        '-->',
        '```',
        '~~~',
        '<pre>',
        '</pre>',
        '<div>',
        '[^1]',
        '[x]: /u',
        '&amp;',
        '&#x20;',
        '&#0;',
        '    ',
        '\n\n',
        '- ',
        '1. ',
        '> ',
        '|---|',
        '***',
        '===',
        '![a](b%)',
        '\\',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('any evidence body', () => {
  it('anything: never throws and never changes the report around it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(soup, { minLength: 1, maxLength: 3 }), async (bodies) => {
        const m = await modelOf(bodies, 'compiled');
        expectReportWhole(m.doc.blocks, bodies.length);
        expectShown(m.text, [BEFORE, AFTER], 'document tree');
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('prose: every character reaches the document tree and the DOCX, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(prose, { minLength: 1, maxLength: 3 }), async (bodies) => {
        const m = await modelOf(bodies, 'compiled');
        expectReportWhole(m.doc.blocks, bodies.length);
        expectShown(m.text, [BEFORE, ...bodies, AFTER], 'document tree');
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('prose: every character reaches the DOCX text and the PDF text layer', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(prose, { minLength: 1, maxLength: 4 }), async (bodies) => {
        const r = await render(bodies, 'compiled');
        expectShown(r.docxText, [BEFORE, ...bodies, AFTER], 'DOCX');
        expectShown(r.pdfText, [BEFORE, ...bodies, AFTER], 'PDF');
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('prose: a line end is a space between two narrow characters and nothing next to a Chinese one', async () => {
    const narrow = fc.oneof(fc.array(digit, { minLength: 1, maxLength: 4 }), fc.array(latin, { minLength: 1, maxLength: 4 })).map((c) => c.join(''));
    await fc.assert(
      fc.asyncProperty(shortWord, narrow, narrow, shortWord, async (a, x, y, b) => {
        const m = await modelOf([`${a}${x}\n${y}${b}\n${a}\n${b}`], 'compiled');
        expect(m.text).toContain(`${a}${x} ${y}${b}${a}${b}`);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('markup: the text inside every block comes out, and the report keeps its structure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(body, { minLength: 1, maxLength: 3 }), async (bodies) => {
        const m = await modelOf(
          bodies.map((b) => b.md),
          'compiled',
        );
        expectReportWhole(m.doc.blocks, bodies.length);
        expectShown(m.text, [BEFORE, ...bodies.flatMap((b) => b.shows), AFTER], 'document tree');
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('markup: the same in the DOCX text and the PDF text layer', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(body, { minLength: 1, maxLength: 3 }), async (bodies) => {
        const r = await render(
          bodies.map((b) => b.md),
          'compiled',
        );
        const shows = [BEFORE, ...bodies.flatMap((b) => b.shows), AFTER];
        expectShown(r.docxText, shows, 'DOCX');
        expectShown(r.pdfText, shows, 'PDF');
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});
