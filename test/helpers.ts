import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import JSZip from 'jszip';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { makeAliasTable } from '../src/catalog/aliases.js';
import { parsePlan } from '../src/catalog/plan.js';
import type { Catalog } from '../src/catalog/types.js';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';

/** Every file under a folder, recursively, in sorted order; folders named in `skip` left out. */
export function filesUnder(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (skip.includes(n) ? [] : statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n), skip) : [join(dir, n)]));
}

/** Repository root (tests run with it as the working folder). */
export const root = join(import.meta.dirname, '..');
/** The bundled Qujiang plan. */
export const qujiangPlanPath = join(root, 'seeds', 'qujiang-safety-city-plan-2020.md');
/** The bundled alias table as shipped in data/. */
export const builtinAliasRecord: Record<string, string> = {
  'CCBD 管理办': 'CCBD管理办',
  社区卫生健局: '社区卫健局',
  社区卫生局: '社区卫健局',
  大明官保护办: '大明宫保护办',
};

/** A copy of the example workspace (config, plan, evidence, and 自评.yaml unless `selfAssessment` is false) in a new temporary folder. */
export function copyExampleWorkspace(prefix: string, selfAssessment = true): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of ['dossier.config.yaml', 'dossiers', 'seeds', ...(selfAssessment ? ['自评.yaml'] : [])]) cpSync(join(root, f), join(dir, f), { recursive: true });
  return dir;
}

/** Parses a plan text with the built-in aliases plus `extra`; fails the test if it has errors. */
export function catalogOf(text: string, extra: Record<string, string> = {}): Catalog {
  const result = parsePlan(text, 'plan.md', makeAliasTable(builtinAliasRecord, extra));
  if (!result.catalog) throw new Error('plan did not parse: ' + JSON.stringify(result.issues, null, 1));
  return result.catalog;
}

/** The Qujiang plan's text. */
export function qujiangText(): string {
  return readFileSync(qujiangPlanPath, 'utf8');
}

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(argv: string[], opts: { cwd?: string; env?: Record<string, string>; today?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd: opts.cwd ?? root,
    env: opts.env ?? {},
    today: opts.today ?? '2021-06-30',
    columns: 120,
    isTTY: false,
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** The text of a DOCX's body, one line per paragraph (for asserting what a reader of the Word file sees). */
export async function docxPlainText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/**
 * An RGB PNG written by hand: `rows` are the raw scanlines (filter byte first) as the IDAT holds
 * them, deflated here; `interlaced` marks it Adam7 (the caller gives the passes' scanlines).
 */
export function rgbPng(width: number, height: number, rows: Buffer, interlaced = false): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  ihdr[12] = interlaced ? 1 : 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
