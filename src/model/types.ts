/** Inline content of a paragraph, heading or table cell. */
export type Inline =
  /** Plain text. */
  | { readonly type: 'text'; readonly value: string }
  /** Bold text. */
  | { readonly type: 'strong'; readonly children: readonly Inline[] }
  /** Emphasised text (set in 楷体 in official documents). */
  | { readonly type: 'emphasis'; readonly children: readonly Inline[] }
  /** A line break inside a paragraph. */
  | { readonly type: 'break' };

/** Horizontal alignment of a paragraph or table column. */
export type Align = 'left' | 'center' | 'right';

/** One block of the document; every writer handles every variant. */
export type Block =
  /** The masthead of an upward document: issuing organ in red, 发文字号 left and 签发人 right, red rule. */
  | { readonly type: 'docHeader'; readonly organ: string; readonly number: string; readonly signer?: string }
  /** The document title (标题): 2号 小标宋, centered. */
  | { readonly type: 'title'; readonly text: string }
  /** The addressee line (主送机关), flush left, ending with a full-width colon. */
  | { readonly type: 'recipient'; readonly text: string }
  /** A numbered heading: level 1 一、黑体 · 2 （一）楷体 · 3 1. 仿宋 bold · 4 （1）仿宋. */
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly children: readonly Inline[] }
  /** A body paragraph; `indent` is the two-character first-line indent. */
  | { readonly type: 'paragraph'; readonly children: readonly Inline[]; readonly align?: Align; readonly indent: boolean }
  /**
   * A list, each item one paragraph with its marker; `depth` (absent: 0) is how deep it is nested
   * in another list (a nested list follows the item it belongs to), each level two characters in.
   */
  | { readonly type: 'list'; readonly ordered: boolean; readonly start: number; readonly items: readonly (readonly Inline[])[]; readonly depth?: number }
  /** A table whose header row repeats on every page; `widths` are relative column widths. */
  | {
      readonly type: 'table';
      readonly header: readonly (readonly Inline[])[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
      readonly align: readonly Align[];
      readonly widths: readonly number[];
    }
  /** A picture; `src` is a path relative to the dossier folder. */
  | { readonly type: 'image'; readonly src: string; readonly alt: string; readonly caption?: string }
  /** A bar chart: one bar group per label, one bar per series. */
  | {
      readonly type: 'chart';
      readonly title: string;
      readonly series: readonly string[];
      readonly bars: readonly { readonly label: string; readonly values: readonly number[] }[];
    }
  /** The signature block: issuing body and date, right-aligned (落款、成文日期). */
  | { readonly type: 'signature'; readonly lines: readonly string[] }
  /** The note under the date (附注), indented two characters, in parentheses. */
  | { readonly type: 'note'; readonly text: string }
  /** The attachment note under the body (附件：1. …). */
  | { readonly type: 'attachmentList'; readonly items: readonly string[] }
  /** The 版记: 抄送机关 (may be empty), 印发机关 and 印发日期, at the foot of the document's last (even) page. */
  | { readonly type: 'imprint'; readonly cc: string; readonly printer: string; readonly date: string }
  /** The start of an attachment: new page, 附件N label, centered title. */
  | { readonly type: 'attachment'; readonly no: number; readonly title: string }
  /** A table of contents of the attachments that follow (with page numbers where the writer knows them). */
  | { readonly type: 'toc'; readonly title: string }
  /** Forces a new page. */
  | { readonly type: 'pageBreak' };

/** Facts about the document as a whole. */
export interface DocMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  /** The document's date, YYYY-MM-DD (成文日期; also stamped into file metadata). */
  readonly date: string;
  readonly lang: 'zh-CN';
}

/** The single intermediate document tree that every writer walks. */
export interface Doc {
  readonly meta: DocMeta;
  readonly blocks: readonly Block[];
}
