import type { LoadedFont } from '../fonts/find-fonts.js';
import type { ImageInfo } from '../image-size.js';

/** A drawing operation on a page, in points from the page's top-left corner. */
export type Op =
  /** Text on a baseline; `spacing` is added after every character (PDF Tc). */
  | {
      readonly type: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly font: LoadedFont;
      readonly size: number;
      readonly spacing: number;
      readonly bold: boolean;
      readonly color?: string;
      /** Horizontal scale of the type (condensed), 1 when absent. */
      readonly scale?: number;
      /** Extra moves inside the text: after the character at index (code points), move by amount (thousandths of the type size; negative = right, as in TJ). */
      readonly adjust?: readonly (readonly [index: number, amount: number])[];
    }
  | { readonly type: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly width: number; readonly color?: string }
  | { readonly type: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fill: string }
  /**
   * A picture by its path, read only when the page is drawn; `id`, the hash of the bytes the
   * typesetter read, lets a page with it be kept in the page cache.
   */
  | {
      readonly type: 'image';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly src: string;
      readonly info: ImageInfo;
      readonly id?: string;
    }
  /**
   * Operations a block left in the typesetting memo, decoded only when the page is drawn (a page
   * taken from the page cache never is); `fonts` are their fonts in order of first use.
   */
  | { readonly type: 'kept'; readonly fonts: readonly LoadedFont[]; readonly ops: () => readonly Op[] };

/** A bookmark: heading level (0 = top), its title and where it sits. */
export interface OutlineEntry {
  readonly level: number;
  readonly title: string;
  readonly y: number;
}

/** Where a page that is not the GB/T 9704 portrait page puts its text block and its number. */
export interface PageFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly textWidth: number;
  /** Where the upper edge of the page number's dashes goes (一字线上缘). */
  readonly numberY: number;
}

/** One laid-out page. */
export interface PageOut {
  readonly ops: Op[];
  readonly outline: OutlineEntry[];
  /** Absent for the portrait GB/T 9704 page. */
  readonly frame?: PageFrame;
  /**
   * What the page's operations came from, set by a typesetter with a memo: the memo keys of the
   * blocks (and which of their pages) and any other operations written out. Equal signatures,
   * equal operations: the page is looked up by it without writing its operations out.
   */
  signature?: string;
}
