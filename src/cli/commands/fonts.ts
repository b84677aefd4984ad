import { docText } from '../../model/doc-text.js';
import { coverage } from '../../render/fonts/coverage.js';
import { ROLE_INFO, ROLES } from '../../render/fonts/roles.js';
import { buildReport } from '../../template/build-report.js';
import type { Io } from '../io.js';
import type { WorkspaceOptions } from '../open-workspace.js';
import { checkWorkspace, loadFonts } from '../pipeline.js';

/** `dossier fonts`: the font found for each role, the fallbacks, and the report's characters no font covers. */
export async function fontsCommand(io: Io, opts: WorkspaceOptions): Promise<number> {
  const { ws, catalog, result } = await checkWorkspace(io, opts);
  const fonts = await loadFonts(ws);
  const out: string[] = ['PDF 使用的字体（Word 文档中写的是官方字体名，由 Word 所在电脑的字体显示）：', ''];
  for (const role of ROLES) {
    const f = fonts.roles[role];
    out.push(`  ${ROLE_INFO[role].zh}（${ROLE_INFO[role].use}；DOCX 中为 ${ROLE_INFO[role].official}）：${f.family}  ${f.path}${f.face ? `#${f.face}` : ''}`);
  }
  out.push('', '缺字时依次使用的后备字体：', ...fonts.allFallbacks().map((f) => `  ${f.family}  ${f.path}${f.face ? `#${f.face}` : ''}`));
  const built = await buildReport(catalog, result, ws);
  const cov = coverage(docText(built.doc), fonts);
  out.push('');
  if (cov.borrowed.size) {
    out.push(`正文字体缺少、由后备字体补上的字（${cov.borrowed.size} 个）：${[...cov.borrowed].map(([ch, f]) => `${ch}（${f.family}）`).join(' ')}`);
  } else {
    out.push('当前报告的所有字符正文字体都有。');
  }
  out.push(cov.uncovered.length ? `所有字体都没有的字（${cov.uncovered.length} 个，PDF 中会缺字）：${cov.uncovered.join(' ')}` : '没有任何字体都缺的字。');
  io.out(out.join('\n') + '\n');
  return cov.uncovered.length ? 1 : 0;
}
