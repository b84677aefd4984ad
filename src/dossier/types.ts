import type { TargetOp } from '../catalog/types.js';
import type { BodyPicture } from './body-pictures.js';

/** The three states a department can report for its work. */
export const STATUSES = ['已完成', '推进中', '未启动'] as const;
/** What an evidence file reports about its work. */
export type EvidenceStatus = (typeof STATUSES)[number];

/** The kinds of evidence a file may declare. */
export const KINDS = ['制度文件', '会议纪要', '工作台账', '图片资料', '总结报告', '统计数据', '其他'] as const;
/** The declared kind of a piece of evidence. */
export type EvidenceKind = (typeof KINDS)[number];

/** A figure reported in an evidence file (`metrics:`), as written. */
export interface MetricReport {
  readonly name: string;
  /** The value as written (`96.5 %`, `1.6平方米`, `100`). */
  readonly raw: string;
  /** A target the file states for itself (`>=95%`), used when the plan gives none. */
  readonly target?: string;
  readonly line: number;
}

/** An attachment listed in an evidence file, as written, with its line. */
export interface AttachmentRef {
  readonly path: string;
  /** What a picture shows, as the department wrote it (`caption:`), printed under the picture. */
  readonly caption?: string;
  readonly line: number;
}

/** One evidence file as read: its front matter validated, department names normalized. */
export interface EvidenceFile {
  /** Path relative to the dossier folder, forward slashes. */
  readonly file: string;
  /** The task ids the file names, as written and normalized (`"24"`, `"2-3"`). */
  readonly taskRefs: readonly string[];
  /** Canonical department name (aliases applied). */
  readonly unit: string;
  readonly title: string;
  readonly date: string;
  readonly status: EvidenceStatus;
  readonly kind?: EvidenceKind;
  readonly metrics: readonly MetricReport[];
  readonly attachments: readonly AttachmentRef[];
  /** The markdown body after the front matter. */
  readonly body: string;
  /** Local pictures the body shows (`![…](附件/照片.jpg)`), with their file lines (body-pictures.ts); absent when none. */
  readonly pictures?: readonly BodyPicture[];
  /** Line in the file of each front-matter key (`task`, `unit`, …), for diagnostics. */
  readonly lines: Readonly<Record<string, number>>;
  /** 三级项 numbers of the national standard the file names itself (`items: [4]`). */
  readonly items: readonly string[];
  /** Front-matter keys dossier does not know; kept, not used. */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** Usable evidence: an evidence file whose tasks exist in the plan, by their running numbers. */
export interface Evidence extends EvidenceFile {
  /** The plan's running numbers (`Task.no`) of the tasks the file names that exist. */
  readonly tasks: readonly number[];
}

/** A target written in an evidence file, read as operator and value. */
export interface OwnTarget {
  readonly op: TargetOp;
  readonly value: number;
  readonly unit: string;
}
