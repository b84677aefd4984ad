// Sign-in codes: their shape, their hashes, and dossier access making and renewing them.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashCode, makeCode, readAccess, roleOfCode } from '../../src/serve/access.js';
import { runCli } from '../helpers.js';
import { exampleWorkspace, makeCodes } from './server.js';

describe('codes', () => {
  it('are 12 unambiguous characters in three groups, different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, makeCode));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it('match their hash whatever the case and dashes, and nothing else', () => {
    const code = makeCode();
    const hashes = { office: hashCode(code, '2021-06-30'), units: { 住建局: hashCode(makeCode(), '2021-06-30') } };
    expect(roleOfCode(code, hashes)).toEqual({ kind: 'office' });
    expect(roleOfCode(` ${code.toLowerCase().replace(/-/g, ' ')} `, hashes)).toEqual({ kind: 'office' });
    expect(roleOfCode(code.slice(0, -1) + (code.endsWith('2') ? '3' : '2'), hashes)).toBeUndefined();
    expect(roleOfCode('', hashes)).toBeUndefined();
    expect(hashCode(code, 'x').hash).not.toBe(hashes.office.hash);
  });
});

describe('dossier access', () => {
  it('makes a code for the office and every department once, then renews one on request', async () => {
    const dir = exampleWorkspace();
    const first = await makeCodes(dir);
    const catalog = JSON.parse((await runCli(['catalog', '--json', '-w', dir], { cwd: dir })).stdout) as { units: string[] };
    expect([...first.keys()].sort()).toEqual(['创建办', ...catalog.units].sort());
    const again = await runCli(['access', '-w', dir], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('都已有访问码');
    const renewed = await runCli(['access', '-w', dir, '--renew', '住建局'], { cwd: dir });
    const code = /住建局\s+(\S+)/.exec(renewed.stdout)![1]!;
    const hashes = await readAccess(dir);
    expect(roleOfCode(code, hashes)).toEqual({ kind: 'unit', unit: '住建局' });
    expect(roleOfCode(first.get('住建局')!, hashes)).toBeUndefined();
    expect(roleOfCode(first.get('创建办')!, hashes)).toEqual({ kind: 'office' });
    expect(readFileSync(join(dir, '访问码.yaml'), 'utf8')).not.toContain(code);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to renew a name that is not a department', async () => {
    const dir = exampleWorkspace();
    const r = await runCli(['access', '-w', dir, '--renew', '不存在局'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不存在局');
    rmSync(dir, { recursive: true, force: true });
  });
});
