import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { submissionDefaults } from '../../src/template/report-data.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { catalogOf, qujiangText } from '../helpers.js';

/** The workspace of this config (in a new folder), with these templates of its own. */
async function workspace(config: string, templates: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-defaults-'));
  writeFileSync(join(dir, 'dossier.config.yaml'), config);
  for (const [name, text] of Object.entries(templates)) {
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'templates', name), text);
  }
  return loadWorkspace({ cwd: dir, today: '2021-06-30' });
}

const FILLED = 'district: 测试区\norgan: 测试区创建办\nrecipient: 市安委会\nasOf: 2021-06-30\n';
const stages = (nos: number[]) => `stages:\n${nos.map((n) => `  ${n}: 已完成\n`).join('')}`;
/** A plan of two tasks and no schedule, as an office's task table alone would give. */
const TASKS_ONLY =
  '| 序号 | 主要目标任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 建立安全发展示范城市创建工作机制。 | 应急管理局 | 2020年12月 |\n| 2 | 开展建筑施工安全专项整治。 | 住建局 | 2021年6月 |\n';

describe('what the clerk is told before signing about the schedule', () => {
  it('says nothing when every stage of the plan has its status and no other stage is named', async () => {
    const catalog = catalogOf(qujiangText());
    expect(catalog.schedule.length).toBe(18);
    const ws = await workspace(FILLED + stages(catalog.schedule.map((s) => s.no)));
    expect(submissionDefaults(ws, catalog, false)).toEqual([]);
  });

  it('names stages: entries the schedule does not have, in order', async () => {
    const catalog = catalogOf(qujiangText());
    const ws = await workspace(FILLED + stages([...catalog.schedule.map((s) => s.no), 20, 19]));
    const notes = submissionDefaults(ws, catalog, false);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('stages: 中第 19、20 阶段在日程安排表中没有（表中共 18 个阶段）');
  });

  it('says that a plan without a schedule leaves the schedule attachment empty, and that stages: went unused', async () => {
    const catalog = catalogOf(TASKS_ONLY);
    expect(catalog.schedule).toEqual([]);
    const bare = submissionDefaults(await workspace(FILLED), catalog, false);
    expect(bare).toHaveLength(1);
    expect(bare[0]).toContain('实施方案中没有日程安排表，报告附件“创建工作日程安排完成情况”只有表头');
    expect(bare[0]).not.toContain('stages:');
    const [filled] = submissionDefaults(await workspace(FILLED + stages([1, 2, 3])), catalog, false);
    expect(filled).toContain('stages: 填写的 3 个阶段没有写进去');
    // A workspace's own attachments template may set no schedule: nothing said about it, only about stages: that went unused.
    const own = { 'attachments.md.hbs': '```attachment\n1 任务进度台账\n```\n' };
    expect(submissionDefaults(await workspace(FILLED, own), catalog, false)).toEqual([]);
    const [unused] = submissionDefaults(await workspace(FILLED + stages([1]), own), catalog, false);
    expect(unused).toContain('stages: 填写的 1 个阶段没有写进去');
    expect(unused).not.toContain('只有表头');
  });

  it('reads a stage number written with a leading zero as that stage, and refuses one stage written twice', async () => {
    const catalog = catalogOf(qujiangText());
    const quoted = `stages:\n${catalog.schedule.map((s) => `  '${String(s.no).padStart(2, '0')}': 已完成\n`).join('')}`;
    const ws = await workspace(FILLED + quoted);
    expect(ws.stages['1']).toBe('已完成');
    expect(submissionDefaults(ws, catalog, false)).toEqual([]);
    await expect(workspace(FILLED + "stages:\n  '01': 已完成\n  1: 推进中\n")).rejects.toThrow(/第 1 阶段写了两次/);
  });
});
