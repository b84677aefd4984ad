// Small attachment PDFs for the example dossier (示例): a notice, a ledger or meeting minutes,
// typeset with pdfkit in a CJK font from the system. Fixed dates make the bytes reproducible.
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

const FONT_CANDIDATES = [
  ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  ['/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolSong-Regular.otf', undefined],
];

/** The first installed CJK font, or an error saying which package to install. */
export function findFont() {
  for (const [path, name] of FONT_CANDIDATES) if (existsSync(path)) return { path, name };
  throw new Error('找不到中文字体：请先安装 fonts-noto-cjk（sudo apt-get install fonts-noto-cjk）');
}

/**
 * Renders a one- or two-page document: a red-free header line marked 示例, a title, optional
 * document number, paragraphs, an optional table, and a signature with date.
 */
export function makePdf({ title, docNo, paragraphs = [], table, signature, date }) {
  const font = findFont();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 80, right: 80 },
    info: { Title: title, Author: signature, Producer: 'dossier 示例生成脚本', Creator: 'dossier', CreationDate: new Date(`${date}T08:00:00Z`) },
  });
  doc.registerFont('cjk', font.path, font.name);
  doc.font('cjk');
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(9).fillColor('#888').text('示例材料（内容为虚构，仅用于演示）', { align: 'right' });
  doc.moveDown(1.5).fillColor('#000').fontSize(18).text(title, { align: 'center' });
  if (docNo) doc.moveDown(0.5).fontSize(11).text(docNo, { align: 'center' });
  doc.moveDown(1).fontSize(12);
  for (const p of paragraphs) doc.text(`　　${p}`, { lineGap: 6 }).moveDown(0.4);
  if (table) {
    doc.moveDown(0.5);
    const widths = table.widths;
    const left = doc.page.margins.left;
    const row = (cells, bold) => {
      const y = doc.y;
      let x = left;
      const h = 22;
      if (y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const y0 = doc.y;
      cells.forEach((cell, i) => {
        doc.rect(x, y0, widths[i], h).stroke('#444');
        doc.fontSize(bold ? 10.5 : 10).text(String(cell), x + 4, y0 + 6, { width: widths[i] - 8, height: h - 6, lineBreak: false, ellipsis: true });
        x += widths[i];
      });
      doc.x = left;
      doc.y = y0 + h;
    };
    row(table.header, true);
    for (const r of table.rows) row(r, false);
    doc.moveDown(1);
  }
  doc.moveDown(1.5).fontSize(12).text(signature, { align: 'right' });
  doc.text(chineseDate(date), { align: 'right' });
  doc.end();
  return done;
}

/** 2021-03-05 → 2021年3月5日. */
export function chineseDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
