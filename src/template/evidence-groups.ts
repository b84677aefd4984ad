import type { StandardScore } from '../score/score-standard.js';
import type { ReportData } from './report-data.js';

type Section = ReportData['sections'][number];
type Task = Section['tasks'][number];

/** One evidence item as the index and the package list it: the report's entry with its task and section. */
export interface GroupedEvidence {
  readonly evidence: Task['evidence'][number];
  readonly task: string;
  readonly section: Section;
}

/** The evidence of one 三级项 (`item` its number), or, last, the evidence no 三级项 draws on (`item` null). */
export interface EvidenceGroup {
  readonly item: string | null;
  /** `（4）市政安全设施`, or UNMAPPED_LABEL for the rest (after the items when sorted by name). */
  readonly label: string;
  readonly entries: readonly GroupedEvidence[];
}

/** The label of the evidence no 三级项 draws on (folder and index heading). */
export const UNMAPPED_LABEL = '（其他）未对应评价细则三级项的佐证资料';

/**
 * The report's evidence regrouped the way reviewers read it: by 三级项 in the standard's order
 * (an item supported by evidence of several tasks lists them all; evidence serving several items
 * is listed under each), then the evidence of no item, by section and task. Items without
 * evidence have no group.
 */
export function evidenceGroups(data: ReportData, score: StandardScore): EvidenceGroup[] {
  const byFile = new Map<string, GroupedEvidence>();
  const order: GroupedEvidence[] = [];
  for (const section of data.sections) {
    for (const task of section.tasks) {
      for (const evidence of task.evidence) {
        const entry = { evidence, task: task.id, section };
        byFile.set(evidence.file, entry);
        order.push(entry);
      }
    }
  }
  const groups: EvidenceGroup[] = [];
  const used = new Set<string>();
  for (const item of score.items) {
    if (item.level !== 3) continue;
    const entries = order.filter((e) => item.evidence.includes(e.evidence.file));
    if (!entries.length) continue;
    entries.forEach((e) => used.add(e.evidence.file));
    groups.push({ item: item.id, label: `（${item.id}）${item.title ?? ''}`, entries });
  }
  const rest = order.filter((e) => !used.has(e.evidence.file));
  if (rest.length) groups.push({ item: null, label: UNMAPPED_LABEL, entries: rest });
  return groups;
}
