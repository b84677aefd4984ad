import { readCacheFile, writeCacheFile } from '../../util/cache-file.js';
import { toolFingerprint } from '../../util/content-cache.js';

const VERSION = 'font-tables-1';

/** What the PDF needs of a font file besides its glyphs: names and the metrics of its descriptor. */
export interface FontMetrics {
  readonly postscriptName: string;
  readonly familyName: string;
  readonly unitsPerEm: number;
  readonly bbox: readonly [minX: number, minY: number, maxX: number, maxY: number];
  readonly italicAngle: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly xHeight: number;
  /** CFF outlines: the subset is a bare CFF table (fontkit's CFFSubset), else TrueType. */
  readonly cff: boolean;
}

/** One font face as measured: its metrics, and each code point looked up so far. */
export interface FontTable {
  readonly metrics: FontMetrics;
  /** Code point → [glyph id (0: none), advance width in font units]. */
  readonly glyphs: Map<number, readonly [number, number]>;
  /** Code point → the top of its glyph's bounding box in font units. */
  readonly tops: Map<number, number>;
}

/** Whether a kept value has the shape of FontMetrics (a cache file edited by hand may hold anything). */
function validMetrics(m: unknown): m is FontMetrics {
  if (!m || typeof m !== 'object') return false;
  const x = m as Record<string, unknown>;
  const numbers = ['unitsPerEm', 'italicAngle', 'ascent', 'descent', 'capHeight', 'xHeight'].every((k) => Number.isFinite(x[k]));
  const box = Array.isArray(x['bbox']) && x['bbox'].length === 4 && x['bbox'].every(Number.isFinite);
  return numbers && box && (x['unitsPerEm'] as number) > 0 && typeof x['postscriptName'] === 'string' && typeof x['familyName'] === 'string' && typeof x['cff'] === 'boolean';
}

/** A table as kept in the cache file. */
interface StoredTable {
  signature: string;
  metrics: FontMetrics;
  glyphs: [number, number, number][];
  tops: [number, number][];
}

/**
 * The measurements taken of each font face (`path#face`), kept in one file of the content cache
 * (`output/.cache/font-tables.json`) by the font file's signature (fileSignature), so that a run
 * whose characters were all met before typesets without reading the font files or loading the
 * font library. A face whose file changed is measured anew; a damaged or foreign file is an empty
 * cache; one that cannot be written costs time next run, never the run.
 */
export class FontTables {
  private readonly tables = new Map<string, { signature: string; table: FontTable }>();
  private changed = false;

  private constructor(private readonly file: string | undefined) {
    for (const [key, value] of readCacheFile(file, VERSION, toolFingerprint())) {
      const stored = value as StoredTable;
      try {
        const glyphs = new Map(stored.glyphs.map(([cp, id, advance]) => [cp, [id, advance] as const]));
        const tops = new Map(stored.tops.map(([cp, top]) => [cp, top]));
        if (typeof stored.signature === 'string' && validMetrics(stored.metrics) && [...glyphs.values()].every((g) => g.every(Number.isFinite)) && [...tops.values()].every(Number.isFinite)) {
          this.tables.set(key, { signature: stored.signature, table: { metrics: stored.metrics, glyphs, tops } });
        }
      } catch {
        // A damaged entry: the face is measured again.
      }
    }
  }

  /** The tables kept in `file`; undefined: for this run only. */
  static open(file?: string): FontTables {
    return new FontTables(file);
  }

  /** The table of a face whose file has `signature`, when one was kept. */
  get(face: string, signature: string): FontTable | undefined {
    const kept = this.tables.get(face);
    return kept?.signature === signature ? kept.table : undefined;
  }

  /** Keeps a new table for a face (replacing one of an older file). */
  put(face: string, signature: string, table: FontTable): void {
    this.tables.set(face, { signature, table });
    this.changed = true;
  }

  /** Says that a kept table got new entries. */
  grew(): void {
    this.changed = true;
  }

  /** Writes the tables back when anything was added. */
  async save(): Promise<void> {
    if (!this.file || !this.changed) return;
    this.changed = false;
    const entries = [...this.tables].map(([face, { signature, table }]) => {
      const stored: StoredTable = {
        signature,
        metrics: table.metrics,
        glyphs: [...table.glyphs].map(([cp, [id, advance]]) => [cp, id, advance]),
        tops: [...table.tops],
      };
      return [face, JSON.stringify(stored)] as const;
    });
    await writeCacheFile(this.file, VERSION, toolFingerprint(), entries);
  }
}
