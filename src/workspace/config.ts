import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应写作 YYYY-MM-DD，如 2021-06-30' });

/** The schema of `dossier.config.yaml`; every field is optional and has a default. */
export const configSchema = z
  .object({
    district: z.string().min(1).optional(),
    plan: z.string().min(1).optional(),
    dossiers: z.string().min(1).optional(),
    output: z.string().min(1).optional(),
    templates: z.string().min(1).optional(),
    standard: z.string().min(1).optional(),
    asOf: z.union([isoDate, z.date()]).optional(),
    date: z.union([isoDate, z.date()]).optional(),
    unitAliases: z.record(z.string(), z.string()).optional(),
    units: z.array(z.string().min(1)).optional(),
    mapping: z.record(z.string(), z.array(z.union([z.number(), z.string()]).transform((v) => String(v).replace(/[（()）\s]/g, '')))).optional(),
    report: z.record(z.string(), z.unknown()).optional(),
    letter: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();

/** The parsed configuration as written in the file. */
export type WorkspaceConfig = z.infer<typeof configSchema>;

/** A workspace with every path resolved to an absolute path and every default filled in. */
export interface Workspace {
  /** Folder of dossier.config.yaml (or the current folder when there is none). */
  readonly root: string;
  /** The config file, when one was found. */
  readonly configFile?: string;
  readonly district: string;
  readonly plan: string;
  readonly dossiers: string;
  readonly output: string;
  readonly templates: string;
  /** The scoring standard: `standard:` in the config, else the workspace's standard.yaml when there is one, else the bundled one. */
  readonly standard: string;
  /** The date of the check (YYYY-MM-DD): deadlines before it are past. */
  readonly asOf: string;
  /** Stamped into generated files when SOURCE_DATE_EPOCH is not set (YYYY-MM-DD). */
  readonly date: string;
  readonly unitAliases: Readonly<Record<string, string>>;
  /** Departments that belong to the district but are not named in the plan's tables. */
  readonly extraUnits: readonly string[];
  /** Task id → 三级项 numbers the office maps it to (`mapping:`), besides the plan's indicator column. */
  readonly mapping: Readonly<Record<string, readonly string[]>>;
  readonly report: Readonly<Record<string, unknown>>;
  /** Settings of the request letter (请示): number, signer, contact … */
  readonly letter: Readonly<Record<string, unknown>>;
}
