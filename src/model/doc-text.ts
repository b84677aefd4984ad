import { plain } from './plain.js';
import type { Block, Doc } from './types.js';

/** All the text a document shows, block by block, one line per block (for coverage checks and tests). */
export function docText(doc: Doc): string {
  return doc.blocks.map(blockText).join('\n');
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'docHeader':
      return [b.organ, b.number, b.signer ?? ''].join('\n');
    case 'title':
    case 'recipient':
    case 'note':
      return b.text;
    case 'heading':
    case 'paragraph':
      return plain(b.children);
    case 'list':
      return b.items.map(plain).join('\n');
    case 'table':
      return [b.header, ...b.rows].map((r) => r.map(plain).join(' ')).join('\n');
    case 'image':
      return b.caption ?? b.alt;
    case 'chart':
      return [b.title, ...b.series, ...b.bars.map((x) => `${x.label} ${x.values.join(' ')}`)].join('\n');
    case 'signature':
    case 'attachmentList':
      return (b.type === 'signature' ? b.lines : b.items).join('\n');
    case 'attachment':
      return `附件${b.no} ${b.title}`;
    case 'imprint':
      return [b.cc ? `抄送：${b.cc}` : '', b.printer, b.date].filter(Boolean).join('\n');
    case 'toc':
      return b.title;
    case 'pageBreak':
      return '';
  }
}
