// What the report leaves out is said by the commands that make it, not only by check.
import { describe, expect, it } from 'vitest';
import { evidence, writeTree } from '../fixtures/tree.js';
import { runCli } from '../helpers.js';

describe('evidence files the report leaves out', () => {
  it('are named when the report is built, with what to run; a dossier without errors gets no such note', async () => {
    const good = evidence(['task: 23', 'unit: 住建局', 'title: 防高坠专项治理', 'date: 2020-12-20', 'status: 已完成']);
    // A metric filled in halfway, as a clerk leaves a file made by dossier import: an error, so the file is not used.
    const half = evidence(['task: 24', 'unit: 住建局', 'title: 建筑施工安全检查通报', 'date: 2020-12-20', 'status: 已完成', 'metrics:', '  - name: 建设施工现场视频监控系统安装率', '    value:']);
    const ws = writeTree({
      'dossier.config.yaml': 'district: 测试区\nasOf: 2021-06-30\nrecipient: 市安委办\norgan: 测试区创建办\n',
      'dossiers/住建局/T23.md': good,
      'dossiers/住建局/T24-通报.md': half,
      // A report part saved from a program that does not write text: refused, and told apart from evidence.
      'dossiers/_report/基本情况.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1]),
    });
    const r = await runCli(['build', '--format', 'docx'], { cwd: ws, env: { SOURCE_DATE_EPOCH: '0' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('注意：以下 1 个佐证文件有错误，没有写进报告，任务按没有这些材料统计（用 dossier check 查看错误和改法）：\n  · 住建局/T24-通报.md\n');
    expect(r.stderr).not.toContain('T23.md');
    expect(r.stderr).toContain('注意：以下 1 个报告段落文件有错误，没有写进报告（用 dossier check 查看错误和改法）：\n  · _report/基本情况.md\n');
    const clean = writeTree({ 'dossier.config.yaml': 'district: 测试区\nasOf: 2021-06-30\nrecipient: 市安委办\norgan: 测试区创建办\n', 'dossiers/住建局/T23.md': good });
    const c = await runCli(['build', '--format', 'docx'], { cwd: clean, env: { SOURCE_DATE_EPOCH: '0' } });
    expect(c.code).toBe(0);
    expect(c.stderr).not.toContain('没有写进报告');
  }, 30_000);

  it('a picture missing from a body is told once, though both the PDF and the Word report leave it out', async () => {
    const ws = writeTree({
      'dossier.config.yaml': 'district: 测试区\nasOf: 2021-06-30\nrecipient: 市安委办\norgan: 测试区创建办\n',
      'dossiers/住建局/T23.md': evidence(['task: 23', 'unit: 住建局', 'title: 现场照片', 'date: 2020-12-20', 'status: 已完成'], '现场检查。\n\n![现场](附件/不存在.jpg)'),
    });
    const r = await runCli(['build'], { cwd: ws, env: { SOURCE_DATE_EPOCH: '0' } });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('不存在.jpg'))).toEqual(['提示：图片 住建局/附件/不存在.jpg 不存在，未输出']);
  }, 60_000);
});
