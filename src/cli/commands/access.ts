import { ACCESS_FILE, hashCode, makeCode, OFFICE, readAccess, writeAccess, AccessFileError } from '../../serve/access.js';
import { padEnd } from '../../util/text-width.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { openWorkspace, type WorkspaceOptions } from '../open-workspace.js';

/** Options of `dossier access`. */
export interface AccessOptions extends WorkspaceOptions {
  /** Replace the codes of these (a department or 创建办); the old ones stop working. */
  readonly renew?: readonly string[];
}

/**
 * `dossier access`: makes the sign-in codes of `dossier serve` for the office and every department
 * that has none yet (or `--renew` some), prints them once, and keeps only their hashes in 访问码.yaml.
 */
export async function accessCommand(io: Io, opts: AccessOptions): Promise<number> {
  const { ws, catalog } = await openWorkspace(io, opts);
  const units = [...catalog.units, ...ws.extraUnits.filter((u) => !catalog.units.includes(u))];
  let hashes;
  try {
    hashes = await readAccess(ws.root);
  } catch (err) {
    if (err instanceof AccessFileError) throw new UsageError(err.message, `删除 ${ACCESS_FILE} 后重新运行 dossier access（所有访问码都会更换）`);
    throw err;
  }
  const renew = new Set(opts.renew ?? []);
  for (const r of renew) {
    if (r !== OFFICE && !units.includes(r)) throw new UsageError(`--renew 的“${r}”既不是“${OFFICE}”，也不是方案中的单位`, `可选：${OFFICE}、${units.join('、')}`);
  }
  const made: [string, string][] = [];
  const office = hashes.office && !renew.has(OFFICE) ? hashes.office : undefined;
  const unitsOut = { ...hashes.units };
  let newOffice = office;
  if (!office) {
    const code = makeCode();
    newOffice = hashCode(code, io.today);
    made.push([OFFICE, code]);
  }
  for (const u of units) {
    if (unitsOut[u] && !renew.has(u)) continue;
    const code = makeCode();
    unitsOut[u] = hashCode(code, io.today);
    made.push([u, code]);
  }
  if (made.length === 0) {
    io.out(`创建办和 ${units.length} 个单位都已有访问码（${ACCESS_FILE} 只存散列值，访问码本身无法再显示）。\n要更换某个单位的访问码：dossier access --renew 单位名称（旧访问码随即失效）。\n`);
    return 0;
  }
  await writeAccess(ws.root, { ...(newOffice ? { office: newOffice } : {}), units: unitsOut });
  const width = Math.max(...made.map(([w]) => w.length * 2)) + 4;
  io.out(`新生成的访问码（只显示这一次，请抄下后分别发给各单位；创建办的访问码可以修改全部内容，请妥善保管）：\n\n`);
  for (const [who, code] of made) io.out(`  ${padEnd(who, width)}${code}\n`);
  io.out(`\n已保存到 ${ACCESS_FILE}（只存散列值）。用 dossier serve --host 0.0.0.0 启动后，各单位在浏览器中用访问码登录。\n`);
  return 0;
}
