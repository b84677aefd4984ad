import { resolve } from 'node:path';
import { kindName, verifyPackage, VerifyError, type VerifyResult } from '../../package/verify.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

/** Options of `dossier verify`. */
export interface VerifyOptions {
  /** The fingerprint the office sent apart from the package (`复核申请材料.指纹.txt`): the manifest's SHA-256. */
  readonly fingerprint?: string;
}

/** Lines of one kind shown at most; the rest are counted. */
const SHOWN = 200;

/**
 * `dossier verify <zip|folder> [--fingerprint <hex>]`: checks every file against the package's
 * manifest, SHA256SUMS against the manifest, and that nothing else is there; prints the package's
 * fingerprint and, given the one sent separately, compares them. Exit 1 on any difference.
 */
export async function verifyCommand(io: Io, target: string, opts: VerifyOptions = {}): Promise<number> {
  let expected: string | undefined;
  if (opts.fingerprint !== undefined) {
    expected = opts.fingerprint.replace(/\s+/g, '').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(expected)) {
      throw new UsageError(`--fingerprint 的值“${opts.fingerprint}”不是指纹：指纹是 64 位十六进制数（0–9、a–f）`, '请照抄创建办另行提供的指纹（复核申请材料.指纹.txt 中的那一行）');
    }
  }
  let r: VerifyResult;
  try {
    r = await verifyPackage(resolve(io.cwd, target));
  } catch (err) {
    if (err instanceof VerifyError) {
      io.out(`核对失败：${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const lines: string[] = [];
  const list = <T>(items: readonly T[], line: (x: T) => string) => {
    for (const x of items.slice(0, SHOWN)) lines.push(`  ${line(x)}`);
    if (items.length > SHOWN) lines.push(`  ……另有 ${items.length - SHOWN} 项`);
  };
  list(r.duplicates, (p) => `重复：${p}（压缩包中有不止一个同名文件，解压后得到哪一个取决于解压工具）`);
  list(r.missing, (p) => `缺少：${p}`);
  list(r.extra, (e) => (e.kind === 'file' ? `多出：${e.path}` : e.kind === 'folder' ? `多出：${e.path}/（文件夹）` : `多出：${e.path}（${kindName(e.kind)}）`));
  list(r.altered, (a) => `改动：${a.path}（${a.reason}）`);
  list(r.sums, (s) => `校验值文件：${s}`);
  const mismatch = expected !== undefined && expected !== r.fingerprint;
  const print = `指纹（manifest.json 的 SHA-256）：${r.fingerprint}`;
  if (lines.length === 0 && !mismatch) {
    io.out(`核对通过：${target} 中清单列出的 ${r.checked} 个文件全部存在且未被改动，SHA256SUMS 与清单一致，没有多余的文件。\n${print}\n`);
    io.out(
      expected === undefined
        ? '这只说明材料包与它自带的清单一致。请把上面的指纹与创建办另行提供的指纹（复核申请材料.指纹.txt）逐字比对，或加 --fingerprint <指纹> 再运行一次：指纹一致，才说明清单和全部文件都是打包时的原样。\n'
        : '指纹与 --fingerprint 给出的一致：材料包中的清单和全部文件都是打包时的原样。\n',
    );
    return 0;
  }
  const counts = [
    r.duplicates.length ? `重复 ${r.duplicates.length}` : '',
    `缺少 ${r.missing.length}`,
    `多出 ${r.extra.length}`,
    `改动 ${r.altered.length}`,
    r.sums.length ? `校验值文件 ${r.sums.length} 处不符` : '',
  ].filter(Boolean);
  if (lines.length) io.out(`核对未通过：${target} 与清单不符（${counts.join('，')}）：\n${lines.join('\n')}\n`);
  if (mismatch) {
    io.out(
      `${lines.length ? '' : '核对未通过：'}指纹不符：材料包的指纹是 ${r.fingerprint}，--fingerprint 给出的是 ${expected}。材料包中的清单不是打包时的那一份（被改写或替换），材料包不可信；请向创建办核实指纹或重新索取材料包。\n`,
    );
  }
  io.out(`${print}\n`);
  return 1;
}
