import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/catalog/deadline.js';

describe('parseDeadline', () => {
  it.each([
    ['2020年12月', '2020-12-31'],
    ['2021年2月', '2021-02-28'],
    ['2024年2月', '2024-02-29'],
    ['2020 年 12 月', '2020-12-31'],
    ['2021 年 4 月', '2021-04-30'],
    ['2020年10月-2021年7月', '2021-07-31'],
    ['2021年1月-3月', '2021-03-31'],
    ['2020年-2021年', '2021-12-31'],
    ['2020年10月中旬', '2020-10-20'],
    ['2020年11月上旬', '2020-11-10'],
    ['2021年5月下旬', '2021-05-31'],
    ['2020年11月30日前', '2020-11-30'],
    ['2021年2月15日', '2021-02-15'],
    ['2020年12月底前', '2020-12-31'],
    ['2021年', '2021-12-31'],
    // The forms other districts' plans use.
    ['2021.6', '2021-06-30'],
    ['2021.6.15', '2021-06-15'],
    ['2021/6/15', '2021-06-15'],
    ['2020/12/31', '2020-12-31'],
    ['2021-4-30', '2021-04-30'],
    ['２０２１．６', '2021-06-30'],
    ['2021年底前', '2021-12-31'],
    ['2021年底', '2021-12-31'],
    ['2021年6月底前完成', '2021-06-30'],
    ['2021年上半年', '2021-06-30'],
    ['2021年下半年', '2021-12-31'],
    ['2021年第一季度', '2021-03-31'],
    ['2021年三季度', '2021-09-30'],
    ['2020.10-2021.7', '2021-07-31'],
    ['2020年10月至2021年6月', '2021-06-30'],
    ['2020年12月底前启动，2021年6月底前完成', '2021-06-30'],
    ['2021年6月底前完成，长期坚持', '2021-06-30'],
    // Dates inside wording: the latest one, and it wins over 长期/每季度 beside it.
    ['2021年6月底前完成并长期坚持', '2021-06-30'],
    ['2021年6月底前（每季度报送进度）', '2021-06-30'],
    ['2021年6月（持续推进）', '2021-06-30'],
    ['2021年6月、12月', '2021-12-31'],
    ['2021年3月、6月、9月、12月', '2021-12-31'],
    ['2021年6月底前全部完成', '2021-06-30'],
    ['2021年9月底前启动', '2021-09-30'],
    ['2020年12月底前建成并投入使用', '2020-12-31'],
    ['2021年6月底前完成初步建设，2022年底前全面建成', '2022-12-31'],
    ['2020年12月份', '2020-12-31'],
    ['2021年1-6月', '2021-06-30'],
    ['2021年第二季度末', '2021-06-30'],
    ['2021年度', '2021-12-31'],
    ['2020年1月-2020年2月-2020年3月', '2020-03-31'],
    // As offices write them: months listed after the year, the middle of the year, 中下旬, a year's end in words.
    ['2021年5、6月', '2021-06-30'],
    ['2021年6、7月份', '2021-07-31'],
    ['2021年年中', '2021-06-30'],
    ['2021年6月中下旬', '2021-06-30'],
    ['2021年年底', '2021-12-31'],
    ['2021年内完成', '2021-12-31'],
    ['2021年全年', '2021-12-31'],
    ['2021年，长期坚持', '2021-12-31'],
    // A year with other words stays that year's end (the latest year named); 中 of another word is not mid-year.
    ['2021-2022年', '2022-12-31'],
    ['2021年启动，2022年完成', '2022-12-31'],
    ['2021年、2022年', '2022-12-31'],
    ['2021年完成整改', '2021-12-31'],
    ['2021年完成并持续推进', '2021-12-31'],
    ['2021年年底以前完成', '2021-12-31'],
    ['2021年中心城区完成', '2021-12-31'],
    ['2021年6月底前完成初步建设，2022年全面建成', '2022-12-31'],
  ])('%s → %s', (text, date) => {
    expect(parseDeadline(text)).toEqual({ ok: true, date, kind: 'date' });
  });

  it.each([
    ['2021年汛期前', '2021-12-31', '汛期前'],
    ['2021年汛期', '2021-12-31', '汛期'],
    ['2021年春节后', '2021-12-31', '春节'],
    ['2021年国庆节、元旦前', '2021-12-31', '国庆节、元旦前'],
    ['2021年五一、国庆前', '2021-12-31', '五一、国庆前'],
    ['2021年元旦春节前', '2021-12-31', '元旦春节前'],
    ['2021年汛期前（5.31前）', '2021-12-31', '汛期前'],
    ['2021年春节假期前', '2021-12-31', '春节假期前'],
    ['2021年“两会”前', '2021-12-31', '“两会”前'],
    ['2021年中央环保督察前', '2021-12-31', '中央环保督察前'],
    ['2020年12月启动，2021年汛期前完成', '2021-12-31', '汛期前'],
  ])('%s → %s, with the words no calendar gives (%s)', (text, date, vague) => {
    expect(parseDeadline(text)).toEqual({ ok: true, date, kind: 'date', vague });
  });

  it('a date later than the occasion’s year end, or the year end written plainly too, is no guess', () => {
    expect(parseDeadline('2020年汛期前启动，2021年6月底前完成')).toEqual({ ok: true, date: '2021-06-30', kind: 'date' });
    expect(parseDeadline('2021年汛期前启动，2021年底前全面完成')).toEqual({ ok: true, date: '2021-12-31', kind: 'date' });
  });

  it.each([
    ['2021年春节前', '2021-02-11'],
    ['2022年春节前完成', '2022-01-31'],
    ['2021年春节', '2021-02-12'],
    ['2021年元旦前', '2020-12-31'],
    ['2021年“五一”前', '2021-04-30'],
    ['2021年国庆节之前', '2021-09-30'],
    ['2021年汛期前（5月31日前）', '2021-05-31'],
    ['2021年汛期前(2021年6月15日)', '2021-06-15'],
    ['2021年汛期前（2021.5.31前）', '2021-05-31'],
    ['2021年汛期前，即5月底前', '2021-05-31'],
    ['2021年国庆前（9月20日前）', '2021-09-20'],
    ['2021年汛期前（即5月底前）', '2021-05-31'],
    ['2021年“五·一”前', '2021-04-30'],
  ])('%s → %s (a holiday of the calendar, or the date written beside the occasion)', (text, date) => {
    expect(parseDeadline(text)).toEqual({ ok: true, date, kind: 'date' });
  });

  it('an occasion without a year takes the plan’s year, or asks for one', () => {
    expect(parseDeadline('汛期前', 2021)).toEqual({ ok: true, date: '2021-12-31', kind: 'date', vague: '汛期前' });
    expect(parseDeadline('春节前', 2021)).toEqual({ ok: true, date: '2021-02-11', kind: 'date' });
    expect(parseDeadline('元旦前', 2021)).toEqual({ ok: true, date: '2021-12-31', kind: 'date' });
    expect(parseDeadline('元旦、春节前', 2021)).toEqual({ ok: true, date: '2021-12-31', kind: 'date', vague: '元旦、春节前' });
    expect(parseDeadline('汛期前')).toEqual({ ok: false, year: true });
  });

  it.each([
    ['上半年', 2021, '2021-06-30'],
    ['年底前', 2021, '2021-12-31'],
    ['6月底前', 2021, '2021-06-30'],
    ['第二季度', 2021, '2021-06-30'],
    ['10月-12月', 2020, '2020-12-31'],
  ])('%s in a plan for %i → %s', (text, year, date) => {
    expect(parseDeadline(text, year)).toEqual({ ok: true, date, kind: 'date' });
  });

  it.each(['上半年', '年底前', '12月', '第三季度'])('%s without a plan year is reported as a missing year', (text) => {
    expect(parseDeadline(text)).toEqual({ ok: false, year: true });
  });

  it.each(['规划水平年', '按照国家确定 时间实施', '按照国家确定时间实施', '待定'])('%s → no date', (text) => {
    expect(parseDeadline(text)).toEqual({ ok: true, date: null, kind: 'none' });
  });

  it.each(['每年', '每季度', '每月开展一次', '定期'])('%s → recurring', (text) => {
    expect(parseDeadline(text)).toEqual({ ok: true, date: null, kind: 'recurring' });
  });

  it.each(['长期坚持', '持续推进', '常态化', '长期', '立即执行'])('%s → ongoing', (text) => {
    expect(parseDeadline(text)).toEqual({ ok: true, date: null, kind: 'ongoing' });
  });

  it.each(['年中', '年中前'])('%s in a plan for 2021 → 2021-06-30', (text) => {
    expect(parseDeadline(text, 2021)).toEqual({ ok: true, date: '2021-06-30', kind: 'date' });
  });

  it.each(['每年中秋、国庆前开展', '每年中考前'])('%s in a plan for 2021 → recurring', (text) => {
    expect(parseDeadline(text, 2021)).toEqual({ ok: true, date: null, kind: 'recurring' });
  });

  it.each(['', '尽快', '2020年13月', '2021年2月30日前', '年底前后', '2021年7月-2021年3月'])('rejects %j', (text) => {
    expect(parseDeadline(text, 2021)).toEqual({ ok: false });
  });
});
