// The output files the workbench offers for download: a fixed list, never a path taken from a request.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Downloadable outputs: the name in the URL, the path under the output folder, what it is. */
export const OUTPUTS: readonly { readonly name: string; readonly path: string; readonly what: string }[] = [
  { name: '自评报告.pdf', path: '自评报告.pdf', what: '自评报告（PDF）' },
  { name: '自评报告.docx', path: '自评报告.docx', what: '自评报告（Word）' },
  { name: '自评打分表.pdf', path: '自评打分表.pdf', what: '自评打分表（PDF）' },
  { name: '自评打分表.xlsx', path: '自评打分表.xlsx', what: '自评打分表（Excel）' },
  { name: '催办清单.xlsx', path: '催办清单.xlsx', what: '催办清单（Excel，每个单位一张表）' },
  { name: '佐证资料目录.xlsx', path: '佐证资料目录.xlsx', what: '佐证资料目录（Excel）' },
  { name: '检查报告.txt', path: '检查报告.txt', what: '检查报告（全部问题）' },
  { name: '复核材料汇编.pdf', path: '复核申请材料/复核材料汇编.pdf', what: '复核材料汇编（PDF，带书签和页码）' },
  { name: '复核申请材料.zip', path: '复核申请材料.zip', what: '复核申请材料（压缩包）' },
  { name: '复核申请材料.指纹.txt', path: '复核申请材料.指纹.txt', what: '材料包的指纹（与材料包分开交给收件方）' },
];

/** Content types by extension. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xls': 'application/vnd.ms-excel',
  '.zip': 'application/zip',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.csv': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/** An output as it is on disk now. */
export interface OutputFile {
  readonly name: string;
  readonly what: string;
  readonly file: string;
  readonly bytes: number;
  readonly modified: Date;
}

/** The outputs that exist in `outputDir`. */
export async function existingOutputs(outputDir: string): Promise<OutputFile[]> {
  const out: OutputFile[] = [];
  for (const o of OUTPUTS) {
    const file = join(outputDir, o.path);
    try {
      const st = await stat(file);
      if (st.isFile()) out.push({ name: o.name, what: o.what, file, bytes: st.size, modified: st.mtime });
    } catch {
      // Not made yet.
    }
  }
  return out;
}
