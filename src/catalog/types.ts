/** A comparison a target or a reported figure can make. */
export type TargetOp = '>=' | '>' | '<=' | '<' | '=';

/** A quantitative goal found in a task's text, e.g. 安装率 ≥ 100 %. */
export interface Target {
  readonly name: string;
  readonly op: TargetOp;
  readonly value: number;
  readonly unit: string;
}

/** A section row of the task table (`<b>三、加强城市安全风险防控</b>`). */
export interface Section {
  readonly no: number;
  readonly title: string;
}

/** What kind of deadline a plan cell gives: a date, a recurring duty, open-ended work, or none. */
export type DeadlineKind = 'date' | 'recurring' | 'ongoing' | 'none';

/** One numbered row of the task decomposition table (任务分解表). */
export interface Task {
  /** The number as printed (`"24"`, `"3.2"`), or `<section>-<number>` where numbering restarts per section. */
  readonly id: string;
  /** Running order 1…N over the whole table. */
  readonly no: number;
  readonly section: number;
  readonly text: string;
  /** Every department responsible (lead, support and a single units column together). */
  readonly units: readonly string[];
  /** Departments of a 牵头单位 column; empty when the plan has one units column. */
  readonly lead: readonly string[];
  /** Departments of a 配合单位/协办单位 column. */
  readonly support: readonly string[];
  readonly groups: readonly string[];
  readonly deadline: string | null;
  readonly deadlineKind: DeadlineKind;
  readonly deadlineText: string;
  readonly targets: readonly Target[];
  /** Numbers of the national standard's items named in an indicator column (对应指标). */
  readonly items: readonly string[];
  /** Other columns of the row (备注 …), header → cell text. */
  readonly extra: Readonly<Record<string, string>>;
  /** Line of the row in a text plan (1-based); 0 for Word and Excel plans. */
  readonly line: number;
  /** Where the row is, in the user's terms: `第 203 行`, `表 2 第 12 行`, `Sheet1!A12`. */
  readonly place: string;
}

/** One numbered row of the schedule table (日程安排表). */
export interface Stage {
  readonly no: number;
  readonly text: string;
  readonly units: readonly string[];
  readonly groups: readonly string[];
  readonly deadline: string | null;
  readonly deadlineKind: DeadlineKind;
  readonly deadlineText: string;
  readonly line: number;
  readonly place: string;
}

/** One of the plan body's main tasks (主要任务), with the departments in its `（责任单位：…）`. */
export interface MainTask {
  readonly no: number;
  /** The Chinese-numbered heading it stands under, （一） → 1. */
  readonly part: number;
  readonly title: string;
  readonly text: string;
  readonly units: readonly string[];
  readonly groups: readonly string[];
  readonly line: number;
}

/** Everything the rest of the pipeline knows about the plan. */
export interface Catalog {
  /** Path of the plan as given, with forward slashes. */
  readonly plan: string;
  readonly sections: readonly Section[];
  readonly tasks: readonly Task[];
  readonly schedule: readonly Stage[];
  readonly mainTasks: readonly MainTask[];
  /** Every concrete department named anywhere in the plan, in order of first appearance. */
  readonly units: readonly string[];
  /** The district the plan's title names (西安曲江新区国家安全发展示范城市… → 西安曲江新区), if it names one. */
  readonly district?: string;
}

/** A problem found in the plan itself, with the line it is on. */
export interface PlanIssue {
  readonly severity: 'error' | 'warning';
  /** Line in a text plan (1-based); 0 when the place is not a line (Word, Excel) or unknown. */
  readonly line: number;
  /** The place in the user's terms when it is not a text line: `表 2 第 12 行`, `Sheet1!A12`. */
  readonly place?: string;
  readonly message: string;
  readonly hint?: string;
}
