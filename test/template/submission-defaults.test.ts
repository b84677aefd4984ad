import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { submissionDefaults } from '../../src/template/report-data.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { catalogOf, qujiangText } from '../helpers.js';

/** The workspace of this config (in a new folder). */
async function workspace(config: string) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-defaults-'));
  writeFileSync(join(dir, 'dossier.config.yaml'), config);
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
    const [bare] = submissionDefaults(await workspace(FILLED), catalog, false);
    expect(bare).toContain('实施方案中没有日程安排表');
    expect(bare).not.toContain('stages:');
    const [filled] = submissionDefaults(await workspace(FILLED + stages([1, 2, 3])), catalog, false);
    expect(filled).toContain('stages: 填写的 3 个阶段没有写进去');
  });
});
