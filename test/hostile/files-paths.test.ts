// Submitted documents never carry the office machine's file paths, nor text of files outside the
// dossier folder, whatever links and absolute paths the dossier holds.
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleWorkspace, packageTexts } from '../fixtures/hostile/files/make.js';
import { runCli } from '../helpers.js';

const SECRET = 'OUTSIDE-SECRET-c41d';

describe('paths of the office machine in the package', () => {
  it('links out of the dossier folder and absolute attachment paths leave no path in the 整改台账 or any other document', async () => {
    const ws = exampleWorkspace();
    const d = join(ws, 'dossiers');
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    writeFileSync(join(outside, 'evil.md'), `---\ntask: 24\nunit: 住建局\ntitle: ${SECRET}\ndate: 2021-01-01\nstatus: 已完成\n---\n${SECRET}\n`);
    writeFileSync(join(outside, 'secret.pdf'), '%PDF-1.4');
    writeFileSync(join(outside, 'narrative.md'), SECRET);
    symlinkSync(join(outside, 'evil.md'), join(d, '住建局/T97-外链.md'));
    symlinkSync(join(outside, 'secret.pdf'), join(d, '住建局/附件/外链.pdf'));
    rmSync(join(d, '_report/存在问题.md'));
    symlinkSync(join(outside, 'narrative.md'), join(d, '_report/存在问题.md'));
    const evidence = join(d, '住建局/T24-建筑施工安全监控和持证上岗.md');
    writeFileSync(
      evidence,
      readFileSync(evidence, 'utf8').replace(
        '  - 附件/T24-建筑施工安全监控和持证上岗工作方案.pdf',
        `  - 附件/T24-建筑施工安全监控和持证上岗工作方案.pdf\n  - 附件/外链.pdf\n  - ${join(outside, 'secret.pdf')}\n  - ../../../${outside.split('/').pop()}/secret.pdf`,
      ),
    );

    // The check names the problems (with real paths: it is the office's own view) ...
    const check = await runCli(['check', '-w', ws]);
    expect(check.stdout).toContain('file-outside');
    expect(check.stdout).toContain('attachment-outside');

    // ... the package does not.
    const r = await runCli(['package', '-w', ws]);
    expect(r.code).toBe(0);
    const dir = join(ws, 'output/复核申请材料');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(pdf|docx|xlsx|json)$/.test(f) && !f.startsWith('05-'));
    expect(files).toContain('06-问题整改台账.xlsx');
    expect(files).toContain('06-问题整改台账.pdf');
    for (const [file, text] of packageTexts(dir, files)) {
      expect(text, file).not.toContain(outside);
      expect(text, file).not.toContain(ws);
      expect(text, file).not.toContain(tmpdir() + '/');
      expect(text, file).not.toContain(SECRET);
    }
  });
});
