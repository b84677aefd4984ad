// The record of every write the workbench makes: who, when, which file, its hash.
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The workspace file the writes are recorded in (one JSON object per line). */
export const WRITE_LOG = '写入记录.log';

/** One write. */
export interface WriteRecord {
  readonly time: string;
  /** 创建办 or the department's name. */
  readonly who: string;
  readonly action: '新建' | '修改' | '附件' | '旧版本';
  /** Path relative to the dossier folder. */
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** Appends records to the workspace's write log. */
export async function logWrites(root: string, records: readonly WriteRecord[]): Promise<void> {
  if (records.length === 0) return;
  await appendFile(join(root, WRITE_LOG), records.map((r) => JSON.stringify(r) + '\n').join(''));
}
