import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { diffLinesUnified2 } from '@vitest/utils/diff';

/** Repository root, for naming golden files in messages. */
const root = join(import.meta.dirname, '..');

/** True when the run should rewrite the golden files instead of comparing (`UPDATE=1`). */
export const updatingGoldens = process.env['UPDATE'] === '1';

export interface DiffOptions {
  /** Unchanged lines shown around each change. */
  readonly context?: number;
  /** Diff lines shown at most; the rest is summarized in one line. */
  readonly maxLines?: number;
  /** Names of the two texts in the `---` and `+++` lines. */
  readonly labels?: readonly [string, string];
}

const plain = (s: string) => s;

/** The line diff of two texts. */
export interface TextDiff {
  /** Lines only the expected text has. */
  readonly removed: number;
  /** Lines only the actual text has. */
  readonly added: number;
  /**
   * The unified diff: `--- expected` and `+++ actual` lines, then `@@ -a,b +c,d @@` hunks with a few
   * lines of context, `- ` marking the expected (golden) text and `+ ` the actual one, cut after
   * `maxLines` lines. Form feeds and carriage returns are shown as ␌ and ␍.
   */
  readonly text: string;
}

/** The line diff of two texts, or undefined when they are equal. */
export function textDiff(expected: string, actual: string, opts: DiffOptions = {}): TextDiff | undefined {
  if (expected === actual) return undefined;
  const { context = 3, maxLines = 60, labels = ['expected', 'actual'] } = opts;
  const a = expected.split('\n');
  const b = actual.split('\n');
  const show = (line: string) => line.replace(/\f/g, '␌').replace(/\r/g, '␍');
  const hunks = diffLinesUnified2(a.map(show), b.map(show), a, b, {
    expand: false,
    contextLines: context,
    omitAnnotationLines: true,
    aColor: plain,
    bColor: plain,
    changeColor: plain,
    commonColor: plain,
    patchColor: plain,
    changeLineTrailingSpaceColor: plain,
    commonLineTrailingSpaceColor: plain,
  }).split('\n');
  // A diff that is one hunk from the first line to the last comes without its @@ line.
  if (!hunks[0]?.startsWith('@@')) hunks.unshift(`@@ -1,${a.length} +1,${b.length} @@`);
  const removed = hunks.filter((l) => l.startsWith('-')).length;
  const added = hunks.filter((l) => l.startsWith('+')).length;
  const shown = hunks.length > maxLines ? [...hunks.slice(0, maxLines), `… ${hunks.length - maxLines} more diff lines not shown`] : hunks;
  return { removed, added, text: [`--- ${labels[0]}`, `+++ ${labels[1]}`, ...shown].join('\n') };
}

/** A golden file that does not match the output: missing, no longer produced, or different. */
export interface GoldenProblem {
  /** The golden file, relative to the repository root. */
  readonly file: string;
  /** What is wrong, on one line. */
  readonly summary: string;
  /** The unified diff, when the file differs. */
  readonly diff?: string;
}

/**
 * Checks a folder of golden files that together hold one output: each `[name, text]` part against
 * `dir/name`, and no other file in `dir` (other than README.md). With `UPDATE=1` (or `update`) it
 * writes the parts and deletes the files no part has any more. Returns the problems (a missing
 * file, a file no longer produced, a part that differs, with its diff), [] when all match.
 */
export function checkGoldenFolder(dir: string, parts: readonly (readonly [string, string])[], opts: DiffOptions & { readonly update?: boolean } = {}): GoldenProblem[] {
  const { update = updatingGoldens, ...diffOpts } = opts;
  const names = new Set(parts.map(([name]) => name));
  if (names.size !== parts.length) throw new Error(`two golden parts share a name in ${dir}`);
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f !== 'README.md') : [];
  const show = (f: string) => relative(root, join(dir, f));
  if (update) {
    mkdirSync(dir, { recursive: true });
    for (const f of present) if (!names.has(f)) rmSync(join(dir, f));
    for (const [name, text] of parts) writeFileSync(join(dir, name), text);
    return [];
  }
  const problems: GoldenProblem[] = [];
  for (const [name, actual] of parts) {
    const file = show(name);
    if (!existsSync(join(dir, name))) {
      problems.push({ file, summary: `${file} is missing (a new part of the output, ${actual.split('\n').length} lines)` });
      continue;
    }
    const diff = textDiff(readFileSync(join(dir, name), 'utf8'), actual, { labels: [file, 'output'], ...diffOpts });
    if (diff) problems.push({ file, summary: `${file} differs from the output (${lines(diff.removed)} removed, ${lines(diff.added)} added)`, diff: diff.text });
  }
  for (const f of present) if (!names.has(f)) problems.push({ file: show(f), summary: `${show(f)} is no longer produced (the output has no such part)` });
  return problems;
}

/**
 * Fails with the problems `checkGoldenFolder` found, those of files of the same name (the same
 * part in several formats) next to each other: the first `full` with their diffs, the rest by
 * their summaries, and how to accept the output once reviewed.
 */
export function failOnGoldenProblems(problems: readonly GoldenProblem[], accept: string, full = 3): void {
  if (problems.length === 0) return;
  const sorted = [...problems].sort((a, b) => (basename(a.file) < basename(b.file) ? -1 : basename(a.file) > basename(b.file) ? 1 : 0));
  const text = [
    `${problems.length} golden file${problems.length === 1 ? ' does' : 's do'} not match the output:`,
    ...sorted.slice(0, full).map((p) => `\n${p.summary}${p.diff ? '\n' + p.diff : ''}`),
    ...(sorted.length > full ? ['\n… and also:', ...sorted.slice(full).map((p) => '  ' + p.summary)] : []),
    `\nIf the change is intended, review it and accept the output with: ${accept}`,
  ].join('\n');
  throw new GoldenMismatch(text);
}

const lines = (n: number) => `${n} line${n === 1 ? '' : 's'}`;

/** The error a golden mismatch fails with (a name of its own, so the report reads "GoldenMismatch: …"). */
export class GoldenMismatch extends Error {
  override name = 'GoldenMismatch';
}
