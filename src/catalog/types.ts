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

/** One numbered row of the task decomposition table (任务分解表). */
export interface Task {
  readonly no: number;
  readonly section: number;
  readonly text: string;
  readonly units: readonly string[];
  readonly groups: readonly string[];
  readonly deadline: string | null;
  readonly deadlineText: string;
  readonly targets: readonly Target[];
  /** Line of the row in the plan file (1-based). */
  readonly line: number;
}

/** One numbered row of the schedule table (日程安排表). */
export interface Stage {
  readonly no: number;
  readonly text: string;
  readonly units: readonly string[];
  readonly groups: readonly string[];
  readonly deadline: string | null;
  readonly deadlineText: string;
  readonly line: number;
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
}

/** A problem found in the plan itself, with the line it is on. */
export interface PlanIssue {
  readonly severity: 'error' | 'warning';
  readonly line: number;
  readonly message: string;
  readonly hint?: string;
}
