import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type HandlebarsFull from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { packageRoot } from '../util/package-root.js';
import type { Memo } from '../util/memo.js';
import { plainJson } from '../util/content-cache.js';
import { HELPERS } from './helpers.js';
import { readWorkspaceText } from '../util/safe-file.js';

/** Handlebars without its compiler: enough for templates compiled when the tool was built (its types declare nothing of it). */
const HandlebarsRuntime = runtime as unknown as typeof HandlebarsFull;

/** A template that does not compile or run, with the file and line to fix. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`模板 ${file}${line ? ` 第 ${line} 行` : ''}：${detail}`);
    this.name = 'TemplateError';
  }
}

/** Where templates come from: the built-in folder, overridden file by file by the workspace's. */
export interface TemplateSources {
  readonly builtin: string;
  readonly workspace?: string;
}

/** A workspace's templates: its own `templates/` folder first, then the bundled ones. */
export function templateSources(ws: { readonly templates: string }): TemplateSources {
  return { builtin: join(packageRoot, 'templates'), workspace: ws.templates };
}

/**
 * Renders `main` (e.g. report.md.hbs) to markdown. Every other `*.md.hbs` file is a partial named
 * after its file (`task.md.hbs` → `{{> task}}`). Compiled strict (a missing field is an error) and
 * without HTML escaping; data entering markdown is escaped by the `md` helper. With a `memo`, the
 * evidence bodies met in an earlier run are taken from it.
 */
export async function renderTemplate(sources: TemplateSources, main: string, data: unknown, memo?: Memo): Promise<string> {
  const files = new Map<string, string>();
  for (const dir of [sources.builtin, sources.workspace]) {
    if (!dir || !existsSync(dir)) continue;
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md.hbs')).sort()) files.set(name, join(dir, name));
  }
  const mainFile = files.get(main);
  if (!mainFile) throw new TemplateError(main, undefined, '找不到这个模板文件');
  // Each template's text, and its code as compiled when the tool was built (none for one a workspace changed).
  const specs = await precompiledTemplates();
  const texts = new Map<string, { source: string; spec: TemplateSpecification | undefined }>();
  for (const file of files.values()) {
    const source = templateText(file);
    texts.set(file, { source, spec: specs[templateKey(source)] });
  }
  // Handlebars' compiler (with its parser and code generator, a fifth of the code a build loads) is
  // loaded only when a template was not compiled when the tool was built.
  const compiler = [...texts.values()].every((t) => t.spec) ? undefined : await handlebarsCompiler();
  const hb = (compiler ?? HandlebarsRuntime).create();
  for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, (...args: unknown[]) => fn(...args.slice(0, -1)));
  // An evidence body met in an earlier run is taken from the memo, not read again.
  if (memo) hb.registerHelper('body', (text: unknown, folder: unknown) => memo.remember('evidence-body-1', JSON.stringify([text ?? '', folder ?? '']), () => HELPERS.body!(text, folder)));
  // A partial that includes itself, directly or through others, would recurse until the stack breaks.
  const stack: string[] = [];
  // With a memo, a partial called from the main template is taken from it when called before with
  // the same data under the same templates (the report's tasks: one changed file renders one task).
  const partialsKey = memo && memoizable([...texts.values()].map((t) => t.source)) ? textsKey([...texts.values()].map((t) => t.source)) : undefined;
  for (const [name, file] of files) {
    if (name === main) continue;
    const compiled = compile(hb, compiler, file, texts.get(file)!);
    const partial = (ctx: unknown, options: Handlebars.RuntimeOptions) => {
      if (stack.length >= MAX_PARTIAL_DEPTH) {
        const loop = stack.slice(Math.max(0, stack.lastIndexOf(file)));
        throw new TemplateError(file, undefined, `模板互相引用，形成了循环（${[...loop, file].map((f) => f.split(/[\\/]/).pop()).join(' → ')}）；请去掉其中的 {{> …}}`);
      }
      const render = (): string => {
        stack.push(file);
        try {
          return run(compiled, ctx, options, file);
        } finally {
          stack.pop();
        }
      };
      // Not a partial given the whole data (it changes with anything): keeping it would save nothing.
      const whole = ctx === (options.data as { root?: unknown } | undefined)?.root;
      const frame = partialsKey !== undefined && stack.length === 0 && !whole && plainJson(ctx) ? dataFrame(options.data) : undefined;
      return frame ? memo!.remember('partial-1', JSON.stringify([partialsKey, name, frame, ctx]), render) : render();
    };
    hb.registerPartial(name.slice(0, -'.md.hbs'.length), partial as Handlebars.Template);
  }
  const template = compile(hb, compiler, mainFile, texts.get(mainFile)!);
  return run(template, data, {}, mainFile);
}

/**
 * Whether a partial's text depends on its data and the templates alone: not when a template
 * reaches outside the data it is given (`@root`, `@_parent`, `../`), defines partials inline or logs.
 */
export function memoizable(sources: readonly string[]): boolean {
  return !sources.some((s) => /@root|@_parent|\.\.\/|\{\{~?\s*#\*\s*inline|\{\{~?\s*log\b/.test(s));
}

/** One key for a set of template texts. */
function textsKey(sources: readonly string[]): string {
  const h = createHash('sha256');
  for (const s of sources) h.update(`${s.length}\0`).update(s);
  return h.digest('base64url');
}

/** A partial's data variables (@index, @first, @last, @key), or undefined when one is not plain. */
function dataFrame(data: unknown): Record<string, unknown> | undefined {
  const frame: Record<string, unknown> = {};
  if (data === undefined || data === null) return frame;
  if (typeof data !== 'object') return undefined;
  for (const [k, v] of Object.entries(data)) {
    if (k === 'root' || k === '_parent') continue;
    if (v === undefined) continue;
    if (!plainJson(v)) return undefined;
    frame[k] = v;
  }
  return frame;
}

/** How deep partials may include one another; the bundled templates use 3 levels. */
const MAX_PARTIAL_DEPTH = 32;

/** How templates are compiled (scripts/precompile-templates.mjs compiles the bundled ones the same way). */
const COMPILE_OPTIONS = Object.freeze({ strict: true, noEscape: true, preventIndent: true });

/** The key a template's compiled code is kept under: the SHA-256 of the Handlebars version, the compile options and its text. */
export function templateKey(source: string): string {
  return createHash('sha256')
    .update(`${HandlebarsRuntime.VERSION}\0${JSON.stringify(COMPILE_OPTIONS)}\0`)
    .update(source)
    .digest('hex');
}

let precompiled: Promise<Readonly<Record<string, TemplateSpecification>>> | undefined;

/**
 * The bundled templates as compiled when the tool was built (dist/templates.precompiled.js), by
 * templateKey; none when the build did not make them. Code the build wrote, never read from the
 * workspace or the output folder.
 */
export function precompiledTemplates(): Promise<Readonly<Record<string, TemplateSpecification>>> {
  precompiled ??= import(pathToFileURL(join(packageRoot, 'dist', 'templates.precompiled.js')).href).then(
    (m: { SPECS?: Record<string, TemplateSpecification> }) => m.SPECS ?? {},
    () => ({}),
  );
  return precompiled;
}

type TemplateSpecification = Parameters<typeof HandlebarsFull.template>[0];

/** Handlebars with its compiler, loaded on first need. */
async function handlebarsCompiler(): Promise<typeof HandlebarsFull> {
  return (await import('handlebars')).default;
}

function templateText(file: string): string {
  try {
    return readWorkspaceText(file, '模板文件');
  } catch (err) {
    throw new TemplateError(file, undefined, (err as Error).message);
  }
}

function compile(
  hb: typeof HandlebarsRuntime,
  compiler: typeof HandlebarsFull | undefined,
  file: string,
  { source, spec }: { source: string; spec: TemplateSpecification | undefined },
): Handlebars.TemplateDelegate {
  // A bundled template, unchanged: compiled when the tool was built.
  if (spec) {
    try {
      return hb.template(spec);
    } catch (err) {
      // Compiled by another Handlebars than the one running (the key, which holds the version, makes
      // this the program's fault when no compiler is loaded): compiled again below.
      if (!compiler) throw err;
    }
  }
  if (!compiler) throw new Error('Handlebars 编译器未载入');
  let ast: hbs.AST.Program;
  try {
    // Parse now rather than on first use, so syntax errors are reported for every template.
    ast = parsed(compiler, source);
  } catch (err) {
    const message = (err as Error).message;
    const line = /Parse error on line (\d+)/.exec(message)?.[1] ?? /line (\d+)/.exec(message)?.[1];
    throw new TemplateError(file, line ? Number(line) : undefined, `语法错误：${message.replace(/\s+/g, ' ').trim()}`);
  }
  return (hb as typeof HandlebarsFull).compile(ast, { ...COMPILE_OPTIONS });
}

/** Templates parsed in this process, by their text: a run renders several documents from the same partials. */
const PARSED = new Map<string, hbs.AST.Program>();

function parsed(hb: typeof HandlebarsFull, source: string): hbs.AST.Program {
  let ast = PARSED.get(source);
  if (!ast) PARSED.set(source, (ast = hb.parse(source)));
  return ast;
}

function run(fn: Handlebars.TemplateDelegate, data: unknown, options: Handlebars.RuntimeOptions, file: string): string {
  try {
    return fn(data, options);
  } catch (err) {
    if (err instanceof TemplateError) throw err;
    const e = err as Error & { lineNumber?: number };
    const loc = / - (\d+):(\d+)$/.exec(e.message);
    const missing = /"([^"]+)" not defined/.exec(e.message);
    const detail = missing ? `数据中没有“${missing[1]}”这一项（请检查拼写，或用 {{#if}} 判断）` : e.message;
    throw new TemplateError(file, e.lineNumber ?? (loc ? Number(loc[1]) : undefined), detail);
  }
}
