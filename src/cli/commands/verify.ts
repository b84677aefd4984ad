import { resolve } from 'node:path';
import { verifyPackage, VerifyError } from '../../package/verify.js';
import type { Io } from '../io.js';

/** `dossier verify <zip|folder>`: checks every file against the package's manifest; exit 1 on any difference. */
export async function verifyCommand(io: Io, target: string): Promise<number> {
  let r;
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
  for (const p of r.missing) lines.push(`  缺少：${p}`);
  for (const p of r.extra) lines.push(`  多出：${p}`);
  for (const a of r.altered) lines.push(`  改动：${a.path}（${a.reason}）`);
  if (lines.length === 0) {
    io.out(`核对通过：${target} 中清单列出的 ${r.checked} 个文件全部存在且未被改动，没有多余文件。\n`);
    return 0;
  }
  io.out(`核对未通过：${target} 与清单不符（缺少 ${r.missing.length}，多出 ${r.extra.length}，改动 ${r.altered.length}）：\n${lines.join('\n')}\n`);
  return 1;
}
