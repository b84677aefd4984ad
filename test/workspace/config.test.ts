import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../src/workspace/config-errors.js';
import { configSchema } from '../../src/workspace/config-schema.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { root, runCli } from '../helpers.js';

/** A workspace folder with this dossier.config.yaml and an empty dossiers/ folder. */
function workspace(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-config-'));
  writeFileSync(join(dir, 'dossier.config.yaml'), config);
  mkdirSync(join(dir, 'dossiers'));
  return dir;
}

/** Runs `dossier check` in a workspace with this config; a bad config must be a usage error (2) in Chinese, never a crash. */
async function checkWith(config: string, argv: string[] = ['check']) {
  const r = await runCli(argv, { cwd: workspace(config) });
  return r;
}

function expectUsageError(r: { code: number; stderr: string }) {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^错误：dossier\.config\.yaml /);
  expect(r.stderr).toContain('    → ');
  expect(r.stderr).not.toMatch(/\n\s+at |ZodError|Invalid input|expected string/);
}

describe('dossier.config.yaml is validated: exit 2 with a Chinese message naming the key', () => {
  it('a font file that does not exist: names report.fonts.<role> and the path, says how to write it', async () => {
    const r = await checkWith('district: 测试区\nreport:\n  fonts:\n    fangsong: /no/such.ttf\n');
    expectUsageError(r);
    expect(r.stderr).toContain('第 4 行，配置项 report.fonts.fangsong：字体文件“/no/such.ttf”不存在');
    expect(r.stderr).toContain('删掉这一行则使用电脑上找到的字体');
  });

  it('a font setting that is not a font file, or a folder', async () => {
    const notFont = await checkWith('report:\n  fonts:\n    hei: dossier.config.yaml\n');
    expectUsageError(notFont);
    expect(notFont.stderr).toContain('配置项 report.fonts.hei：“dossier.config.yaml”不是字体文件');
    const folder = await checkWith('report:\n  fonts:\n    kai: dossiers\n');
    expectUsageError(folder);
    expect(folder.stderr).toContain('配置项 report.fonts.kai：“dossiers”是文件夹，不是字体文件');
  });

  it('a list where text belongs (letter.phone: [1, 2])', async () => {
    const r = await checkWith('letter:\n  phone: [1, 2]\n');
    expectUsageError(r);
    expect(r.stderr).toContain('第 2 行，配置项 letter.phone：应是文字，现在是列表 [1,2]');
    expect(r.stderr).toContain('phone: "029-12345678"');
  });

  it('a number where text belongs: says to quote it (a phone number would lose its leading 0)', async () => {
    const r = await checkWith('letter:\n  number: 3\n  phone: 02912345678\n');
    expectUsageError(r);
    expect(r.stderr).toContain('dossier.config.yaml 中有 2 处配置错误');
    expect(r.stderr).toContain('第 2 行，配置项 letter.number：应是文字，现在是数字 3。如果就是“3”，请加上引号写成文字：number: "3"');
    expect(r.stderr).toContain('第 3 行，配置项 letter.phone：应是文字，现在是数字 2912345678');
    expect(r.stderr).toContain('开头的 0 会丢掉');
  });

  it('text where a number belongs (report.maxImageMB: 3MB)', async () => {
    const r = await checkWith('report:\n  maxImageMB: 3MB\n');
    expectUsageError(r);
    expect(r.stderr).toContain('配置项 report.maxImageMB：应是数字，现在是文字“3MB”');
    expect(r.stderr).toContain('maxImageMB: 3');
  });

  it.each([
    ['asOf: 2021-13-45', 'asOf', '日期“2021-13-45”不存在：月份应在 01–12 之间'],
    ['asOf: 2021-02-29', 'asOf', '日期“2021-02-29”不存在：2021 年 2 月只有 28 天'],
    ['asOf: 2021-6-30', 'asOf', '日期“2021-6-30”的写法不对，应写作 YYYY-MM-DD'],
    ['date: 2021-04-31', 'date', '日期“2021-04-31”不存在：2021 年 4 月只有 30 天'],
    ['report:\n  date: 2021-00-10', 'report.date', '日期“2021-00-10”不存在'],
    ['letter:\n  date: 明天', 'letter.date', '日期“明天”的写法不对'],
    ['asOf: 20210630', 'asOf', '应是日期（写作 YYYY-MM-DD），现在是数字 20210630'],
  ])('a date that is not a calendar date: %s', async (config, key, problem) => {
    const r = await checkWith(`${config}\n`);
    expectUsageError(r);
    expect(r.stderr).toContain(`配置项 ${key}：${problem}`);
    expect(r.stderr).toContain('2021-06-30');
  });

  it('an unknown key in report: names it, suggests the near spelling and lists the allowed keys', async () => {
    const r = await checkWith('report:\n  tilte: 报告\n');
    expectUsageError(r);
    expect(r.stderr).toContain('第 2 行，配置项 report.tilte：没有这个配置项');
    expect(r.stderr).toContain('是不是 title？');
    expect(r.stderr).toContain('report:（自评报告）可以写的配置项：title（报告标题）、date（成文日期）、fonts（PDF 用的字体文件）、maxImageMB');
  });

  it('the sender and the addressee are set once for the letter and the report: the old per-document keys say where they went', async () => {
    const recipient = await checkWith('report:\n  recipient: 市安委会\n');
    expectUsageError(recipient);
    expect(recipient.stderr).toContain('配置项 report.recipient：没有这个配置项');
    expect(recipient.stderr).toContain('“recipient”应写在配置文件的第一层（不缩进）');
    const issuer = await checkWith('letter:\n  issuer: 某某办公室\n');
    expectUsageError(issuer);
    expect(issuer.stderr).toContain('落款已改为配置文件第一层的 organ（发文机关）');
  });

  it('a key written in the wrong section: says where it belongs', async () => {
    const fonts = await checkWith('fonts:\n  fangsong: a.ttf\n');
    expectUsageError(fonts);
    expect(fonts.stderr).toContain('配置项 fonts：没有这个配置项');
    expect(fonts.stderr).toContain('“fonts”应写在 report:（自评报告） 下面');
    const phone = await checkWith('report:\n  phone: "029-1"\n');
    expectUsageError(phone);
    expect(phone.stderr).toContain('“phone”应写在 letter:（请示） 下面');
    const role = await checkWith('report:\n  fonts:\n    heiti: a.ttf\n');
    expectUsageError(role);
    expect(role.stderr).toContain('配置项 report.fonts.heiti：没有这个配置项');
    expect(role.stderr).toContain('是不是 hei？');
  });

  it('unknown keys at the top level and in letter: are errors too', async () => {
    const top = await checkWith('district: 测试区\nasof: 2021-06-30\n');
    expectUsageError(top);
    expect(top.stderr).toContain('第 2 行，配置项 asof：没有这个配置项\n    → 是不是 asOf？');
    const letter = await checkWith('letter:\n  signature: 张三\n');
    expectUsageError(letter);
    expect(letter.stderr).toContain('配置项 letter.signature：没有这个配置项');
    expect(letter.stderr).toContain('signer（签发人）');
  });

  it('lists and key–value sections: units, mapping, unitAliases', async () => {
    const r = await checkWith('units: 区消防大队\nmapping:\n  24: 4\n  25: [（）]\nunitAliases:\n  应急中心: [应急管理中心]\n');
    expectUsageError(r);
    expect(r.stderr).toContain('有 4 处配置错误');
    expect(r.stderr).toContain('第 1 行，配置项 units：应是列表');
    expect(r.stderr).toContain('第 3 行，配置项 mapping.24：应是列表');
    expect(r.stderr).toContain('第 4 行，配置项 mapping.25 第 1 项：三级项编号是空的');
    expect(r.stderr).toContain('第 6 行，配置项 unitAliases.应急中心：应是文字');
  });

  it('warns about an alias whose right side is no department of the plan, or that renames one, at its line, and goes on', async () => {
    const r = await checkWith('district: 测试区\nasOf: 2021-06-30\nunits: [统计局]\nunitAliases:\n  住建委: 住房建设局\n  统计: 统计局\n  应急中心: 区应急办\n  城管执法局: 曲江城管局\n', [
      'check',
      '--json',
    ]);
    expect(r.code).toBe(1); // the dossier is empty: every task is missing
    expect(JSON.parse(r.stdout).summary.tasks).toBe(87);
    expect(r.stderr).toBe(
      [
        'dossier.config.yaml:5  警告  unitAliases 中“住建委: 住房建设局”右边的“住房建设局”不是方案中的单位，写“住建委”的材料会被当作单位名单外的单位',
        '    → 是不是“住建局”？右边请写方案中的单位名称',
        'dossier.config.yaml:7  警告  unitAliases 中“应急中心: 区应急办”右边的“区应急办”不是方案中的单位，写“应急中心”的材料会被当作单位名单外的单位',
        '    → 右边请写方案中的单位名称（dossier catalog 可查看单位名单）；确是方案外的单位，请把它写在 units 中',
        'dossier.config.yaml:8  警告  unitAliases 中“城管执法局: 曲江城管局”把方案中的单位“城管执法局”改称“曲江城管局”：方案、检查、催办和报告中都将用“曲江城管局”',
        '    → 如果本意是把“曲江城管局”这种写法归到“城管执法局”，请左右对调，写作“曲江城管局: 城管执法局”（左边是其他写法，右边是方案中的名称）',
        '',
      ].join('\n'),
    );
  });

  it('a YAML slip is named at its own line, in words, with what to change: a Chinese colon, no space after the colon, a tab', async () => {
    const top = 'district: 测试区\nasOf: 2021-06-30\norgan: 测试区创建办\n';
    const colon = await checkWith(`${top}recipient：某某市安委会\n`);
    expectUsageError(colon);
    expect(colon.stderr).toContain('dossier.config.yaml 第 4 行：YAML 格式错误：');
    expect(colon.stderr).toContain('→ 把这一行的中文冒号“：”改成英文冒号“:”，冒号后面空一格');
    const tight = await checkWith(`${top}letter:\n  number: "3"\n  signer:张三\n`);
    expectUsageError(tight);
    expect(tight.stderr).toContain('第 6 行：YAML 格式错误');
    expect(tight.stderr).toContain('→ 在这一行的冒号“:”后面加一个空格');
    const tab = await checkWith(`${top}unitAliases:\n\t区住建局: 住建局\n`);
    expectUsageError(tab);
    expect(tab.stderr).toContain('第 5 行：YAML 格式错误：用了制表符缩进，请改用空格');
    expect(tab.stderr).toContain('→ 这一行请用空格缩进，不要用制表符（Tab）');
    // A quote or bracket left open is blamed on the line that opens it, not where the parser gave up.
    const quote = await checkWith(`district: "测试区\nasOf: 2021-06-30\norgan: 测试区创建办\n`);
    expectUsageError(quote);
    expect(quote.stderr).toContain('第 1 行：YAML 格式错误：缺少配对的引号或括号');
    const bracket = await checkWith(`district: 测试区\nunits: [区消防大队, 区应急局\nasOf: 2021-06-30\n`);
    expectUsageError(bracket);
    expect(bracket.stderr).toContain('第 2 行：YAML 格式错误');
    // A Chinese colon inside a value is the clerk's text, not a slip to mend.
    const inValue = await checkWith(`${top}organ: 另一个\norgan: "创建办：综合组"\n`);
    expectUsageError(inValue);
    expect(inValue.stderr).not.toContain('中文冒号');
    expect(inValue.stderr).toContain('→ 同一个配置项只写一次：删掉或合并重复的那一行');
  });

  it('an empty path setting and a file that is not key: value', async () => {
    const empty = await checkWith('plan:\n');
    expectUsageError(empty);
    expect(empty.stderr).toContain('配置项 plan：应是文字，现在是空的');
    expect(empty.stderr).toContain('或者删掉这一行，使用默认值');
    const scalar = await checkWith('hello\n');
    expectUsageError(scalar);
    expect(scalar.stderr).toContain('整个文件：应是一组“配置项: 值”');
  });

  it('every command that reads the workspace refuses the bad config the same way', async () => {
    const ws = workspace('report:\n  fonts:\n    fangsong: /no/such.ttf\n');
    for (const argv of [['check'], ['build'], ['package'], ['fonts'], ['score'], ['standard'], ['chase']]) {
      const r = await runCli([...argv, '--workspace', ws], { cwd: root });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('report.fonts.fangsong');
    }
  });
});

describe('valid configs still load', () => {
  it('the bundled example config (repository root) loads with its report, letter and mapping', async () => {
    const ws = await loadWorkspace({ cwd: root, today: '2024-01-01' });
    expect(ws.asOf).toBe('2021-06-30');
    expect(ws.recipient).toBe('西安市安全生产委员会');
    expect(ws.organ).toBe('西安曲江新区国家安全发展示范城市创建工作领导小组办公室');
    expect(ws.rectifyBy).toBe('2021-08-31');
    expect(ws.stages['4']).toBe('已完成（2020年11月26日印发）');
    expect(ws.letter).toMatchObject({ number: '西曲江安城创〔2021〕3号', signer: '张示例', phone: '029-00000000' });
    expect(ws.mapping['6']).toEqual(['1']);
    const r = await runCli(['check', '--json'], { cwd: root });
    expect(r.code).not.toBe(2);
  });

  it('empty sections and empty report/letter texts mean "use the defaults"', async () => {
    const dir = workspace('district: 测试区\nreport:\nletter:\n  signer:\n  title: ""\nmapping:\nunits:\nunitAliases:\n');
    const ws = await loadWorkspace({ cwd: dir, today: '2021-06-30' });
    expect(ws.report).toEqual({});
    expect(ws.letter.signer).toBeUndefined();
    expect(ws.letter.title).toBeUndefined();
    expect(ws.mapping).toEqual({});
    expect(ws.extraUnits).toEqual([]);
  });

  it('dates come out as YYYY-MM-DD, also when YAML 1.1 gives Date objects; leap days are real dates', async () => {
    const dir = workspace('%YAML 1.1\n---\nasOf: 2020-02-29\nreport:\n  date: 2020-03-01\nletter:\n  date: "2020-03-02"\n');
    const ws = await loadWorkspace({ cwd: dir, today: '2021-06-30' });
    expect(ws.asOf).toBe('2020-02-29');
    expect(ws.date).toBe('2020-02-29');
    expect(ws.report.date).toBe('2020-03-01');
    expect(ws.letter.date).toBe('2020-03-02');
  });

  it('quoted numbers are text; mapping items are normalized', async () => {
    const dir = workspace('letter:\n  number: "3"\n  phone: "02912345678"\nmapping:\n  24: [4, （11）, "12"]\nreport:\n  maxImageMB: 0.5\n');
    const ws = await loadWorkspace({ cwd: dir, today: '2021-06-30' });
    expect(ws.letter.number).toBe('3');
    expect(ws.letter.phone).toBe('02912345678');
    expect(ws.mapping['24']).toEqual(['4', '11', '12']);
    expect(ws.report.maxImageMB).toBe(0.5);
  });

  const fandol = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolKai-Regular.otf';
  it.skipIf(!existsSync(fandol))('a font path relative to the workspace folder is found there and used for the PDF', async () => {
    const dir = workspace('district: 测试区\nasOf: 2021-06-30\nreport:\n  fonts:\n    fangsong: 字体/仿宋.otf\n');
    mkdirSync(join(dir, '字体'));
    copyFileSync(fandol, join(dir, '字体', '仿宋.otf'));
    const ws = await loadWorkspace({ cwd: root, workspace: dir, today: '2021-06-30' });
    expect(ws.report.fonts?.fangsong).toBe(join(dir, '字体', '仿宋.otf'));
    const r = await runCli(['fonts', '--workspace', dir], { cwd: root });
    expect(r.code).not.toBe(2);
    expect(r.stdout).toMatch(new RegExp(`仿宋（[^\\n]*：FandolKai\\s+${join(dir, '字体', '仿宋.otf').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe('the key lists in messages match the schema', () => {
  it('every listed key is accepted by the schema, in every section', () => {
    const schema = configSchema(root);
    const issues = (raw: unknown) => schema.safeParse(raw).error?.issues ?? [];
    const unknown = (raw: unknown) => issues(raw).filter((i) => i.code === 'unrecognized_keys');
    const junk = (keys: Record<string, unknown>) => Object.fromEntries(Object.keys(keys).map((k) => [k, 12345]));
    expect(unknown(junk(CONFIG_KEYS['']))).toEqual([]);
    expect(unknown({ report: junk(CONFIG_KEYS.report) })).toEqual([]);
    expect(unknown({ letter: junk(CONFIG_KEYS.letter) })).toEqual([]);
    expect(unknown({ report: { fonts: junk(CONFIG_KEYS['report.fonts']) } })).toEqual([]);
    // … and nothing else: a key the lists do not name is refused.
    for (const raw of [{ x: 1 }, { report: { x: 1 } }, { letter: { x: 1 } }, { report: { fonts: { x: 1 } } }]) expect(unknown(raw)).toHaveLength(1);
  });
});
