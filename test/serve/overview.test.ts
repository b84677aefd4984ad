// The workbench's overview over a plan shaped like an office's: the task table alone, no schedule.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Client, startOn } from './server.js';

describe('the overview of a plan without a schedule', () => {
  it('says that the plan has no schedule, and what to add, instead of an empty table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-overview-'));
    writeFileSync(
      join(dir, '任务分解表.md'),
      '| 序号 | 主要目标任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 建立创建工作机制。 | 应急管理局 | 2020年12月 |\n| 2 | 开展建筑施工安全专项整治。 | 住建局 | 2021年6月 |\n',
    );
    writeFileSync(join(dir, 'dossier.config.yaml'), 'district: 测试区\nplan: 任务分解表.md\nasOf: 2021-06-30\n');
    mkdirSync(join(dir, 'dossiers'));
    const server = await startOn(dir);
    try {
      const page = await new Client(server.url).get('/');
      expect(page.status).toBe(200);
      const text = page.text.replace(/\s+/g, '');
      expect(text).toContain('实施方案中没有日程安排表');
      expect(text).toContain('表头写序号、阶段性工作任务、责任单位、完成时限');
      expect(page.text).not.toContain('<th class="num">阶段</th>');
    } finally {
      await server.stop();
    }
  }, 30_000);
});
