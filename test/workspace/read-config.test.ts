import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';
import { outputGuess } from '../../src/workspace/read-config.js';
import { ContentCache } from '../../src/util/content-cache.js';
import { filesUnder } from '../helpers.js';

// The parser of dossier.config.yaml as the loader sees it: real, but counted (a config from the cache does not need it).
const parsing = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/workspace/parse-config.js', async (original) => {
  const real = await original<typeof import('../../src/workspace/parse-config.js')>();
  return {
    parseConfig: (...args: Parameters<typeof real.parseConfig>) => {
      parsing.calls++;
      return real.parseConfig(...args);
    },
  };
});

afterEach(() => {
  parsing.calls = 0;
});

/** A workspace folder with this config; with `cache`, its output folder already has a cache (as after any check or build). */
function workspace(config: string, cache = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-read-config-'));
  writeFileSync(join(dir, 'dossier.config.yaml'), config);
  if (cache) mkdirSync(join(dir, 'output', '.cache'), { recursive: true });
  return dir;
}
const load = (dir: string) => loadWorkspace({ cwd: dir, today: '2021-06-30' });

const CONFIG = 'district: 测试区\nasOf: 2021-06-30\nunitAliases:\n  区住建局: 住建局\nletter:\n  number: "3"\n  title:\nreport:\n  maxImageMB: 0.5\n';

describe('dossier.config.yaml from the content cache', () => {
  it('is taken from the cache the second time, the same as checked afresh', async () => {
    const dir = workspace(CONFIG);
    const fresh = await load(dir);
    expect(parsing.calls).toBe(1);
    expect(filesUnder(join(dir, 'output', '.cache'))).toHaveLength(1);
    expect(await load(dir)).toStrictEqual(fresh);
    expect(parsing.calls).toBe(1);
    expect(fresh.letter.number).toBe('3');
    // Today's date is not kept with it: asOf's default follows the day of the run.
    const other = workspace('district: 测试区\n');
    await load(other);
    expect((await loadWorkspace({ cwd: other, today: '2022-01-01' })).asOf).toBe('2022-01-01');
  });

  it('checks a changed text afresh, and a wrong one every time', async () => {
    const dir = workspace(CONFIG);
    await load(dir);
    writeFileSync(join(dir, 'dossier.config.yaml'), CONFIG.replace('测试区', '另一区'));
    expect((await load(dir)).district).toBe('另一区');
    expect(parsing.calls).toBe(2);
    writeFileSync(join(dir, 'dossier.config.yaml'), `${CONFIG}asOf2: 1\n`);
    await expect(load(dir)).rejects.toThrow(/asOf2/);
    await expect(load(dir)).rejects.toThrow(/asOf2/);
    expect(parsing.calls).toBe(4);
  });

  it('does not make an output folder of its own, and finds an output folder the config names', async () => {
    const bare = workspace(CONFIG, false);
    await load(bare);
    await load(bare);
    expect(existsSync(join(bare, 'output'))).toBe(false);
    expect(parsing.calls).toBe(2);
    const named = workspace(`${CONFIG}output: "成果 文件夹" # 输出\n`, false);
    mkdirSync(join(named, '成果 文件夹', '.cache'), { recursive: true });
    const first = await load(named);
    expect(first.output).toBe(join(named, '成果 文件夹'));
    expect(await load(named)).toStrictEqual(first);
    expect(parsing.calls).toBe(3);
  });

  it('is kept by the first run that makes the output folder, once it keeps anything in its cache', async () => {
    const dir = workspace(CONFIG, false);
    await load(dir);
    expect(existsSync(join(dir, 'output'))).toBe(false);
    // What a first build does after reading its config: it keeps something in a cache folder of its own.
    new ContentCache(join(dir, 'output', '.cache', 'typeset')).put('某个结果', Buffer.from('1'));
    expect(filesUnder(join(dir, 'output', '.cache'))).toHaveLength(2);
    const again = await load(dir);
    expect(parsing.calls).toBe(1);
    expect(again.district).toBe('测试区');
    // A folder elsewhere does not take it.
    const other = workspace(CONFIG, false);
    await load(other);
    new ContentCache(join(dir, 'output', '.cache')).put('另一个结果', Buffer.from('2'));
    expect(existsSync(join(other, 'output'))).toBe(false);
  });

  const font = systemFont();
  it.skipIf(!font)(
    'checks the config afresh when a font file it names has changed since',
    async () => {
      const dir = workspace(`${CONFIG}  fonts:\n    fangsong: 仿宋.ttf\n`);
      copyFileSync(font!, join(dir, '仿宋.ttf'));
      // A file changed within the last two seconds cannot be told from one changed again at once: not kept yet.
      await load(dir);
      expect(filesUnder(join(dir, 'output', '.cache'))).toHaveLength(0);
      await new Promise((r) => setTimeout(r, 2100));
      const fresh = await load(dir);
      expect(fresh.report.fonts?.fangsong).toBe(join(dir, '仿宋.ttf'));
      expect(await load(dir)).toStrictEqual(fresh);
      expect(parsing.calls).toBe(2);
      writeFileSync(join(dir, '仿宋.ttf'), 'not a font');
      await expect(load(dir)).rejects.toThrow(/不是字体文件/);
    },
    15_000,
  );
});

describe('the output folder read from the text of a config', () => {
  it('is the top-level output: value, plain or quoted, else the default', () => {
    expect(outputGuess('district: 区\n')).toBe('output');
    expect(outputGuess('output: 成果\n')).toBe('成果');
    expect(outputGuess('output: 成果/2021 # 注释\r\n')).toBe('成果/2021');
    expect(outputGuess("output: 'a b'\n")).toBe('a b');
    expect(outputGuess('output: "D:/材料"\n')).toBe('D:/材料');
    expect(outputGuess('report:\n  output: x\n')).toBe('output');
    expect(outputGuess('output:\n')).toBe('output');
    expect(outputGuess('output : 成果\n')).toBe('成果');
    expect(outputGuess('output: "D:\\\\材料\\t2"\n')).toBe('D:\\材料\t2');
    expect(outputGuess('output: a#b\n')).toBe('a#b');
    expect(outputGuess("output: 'it''s' # 注释\n")).toBe("it's");
  });
});

/** A TrueType or OpenType font file installed on this machine, if any. */
function systemFont(): string | undefined {
  const dir = '/usr/share/fonts';
  if (!existsSync(dir)) return undefined;
  const fonts = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(ttf|otf)$/i.test(f))
    .map((f) => join(dir, f));
  return fonts.sort((a, b) => statSync(a).size - statSync(b).size)[0];
}
