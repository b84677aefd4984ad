import { describe, expect, it } from 'vitest';
import { makeAliasTable } from '../../src/catalog/aliases.js';
import { splitUnits } from '../../src/catalog/units.js';
import { builtinAliasRecord } from '../helpers.js';

const aliases = makeAliasTable(builtinAliasRecord);

describe('splitUnits', () => {
  it('splits on 、 and drops 等相关单位', () => {
    expect(splitUnits('经发局、住建局、曲江消防救援大队等相关单位', aliases)).toEqual({
      units: ['经发局', '住建局', '曲江消防救援大队'],
      groups: [],
    });
  });
  it('splits on 及 and separates collective groups', () => {
    expect(splitUnits('应急管理中心及安委会各相关成员单位', aliases)).toEqual({
      units: ['应急管理中心'],
      groups: ['安委会各相关成员单位'],
    });
    expect(splitUnits('财政局及各相关板块', aliases)).toEqual({ units: ['财政局'], groups: ['各相关板块'] });
    expect(splitUnits('曲江消防救援大队等相关单位及各板块', aliases)).toEqual({
      units: ['曲江消防救援大队'],
      groups: ['各板块'],
    });
  });
  it('drops 等安委会相关成员单位', () => {
    expect(splitUnits('住建局、社区卫健局等安委会相关成员单位', aliases)).toEqual({
      units: ['住建局', '社区卫健局'],
      groups: [],
    });
  });
  it('never splits inside brackets', () => {
    expect(splitUnits('城管执法局、城（棚）改办、CCBD管理办', aliases).units).toEqual(['城管执法局', '城（棚）改办', 'CCBD管理办']);
  });
  it('normalizes spelling variants through the alias table', () => {
    expect(splitUnits('CCBD 管理办、大明官保护办、社区卫生局、社区卫生健局', aliases).units).toEqual(['CCBD管理办', '大明宫保护办', '社区卫健局']);
  });
  it('splits on a space after a complete name (schedule table)', () => {
    expect(splitUnits('西曲江创建领导小组办公室 各部门、各单位', aliases)).toEqual({
      units: ['西曲江创建领导小组办公室'],
      groups: ['各部门、各单位'],
    });
    expect(splitUnits('CCBD 管理办', aliases).units).toEqual(['CCBD管理办']);
  });
  it('recognizes whole-cell groups', () => {
    for (const g of ['安委会各相关成员单位', '道路交通委员会各相关成员单位', '新区防汛抗旱指挥部相关成员单位', '安委会具有执法职能的相关成员单位']) {
      expect(splitUnits(g, aliases)).toEqual({ units: [], groups: [g] });
    }
  });

  it('drops the role and "and others" wording real plans use, and knows collective names', () => {
    expect(splitUnits('区住建局、区城管局等', aliases)).toEqual({ units: ['区住建局', '区城管局'], groups: [] });
    expect(splitUnits('区消防救援大队按职责分工负责', aliases).units).toEqual(['区消防救援大队']);
    expect(splitUnits('区住建局牵头、区城管局参与', aliases).units).toEqual(['区住建局', '区城管局']);
    expect(splitUnits('区应急局（牵头单位）、区住建局（配合）', aliases).units).toEqual(['区应急局', '区住建局']);
    expect(splitUnits('区应急局等有关部门', aliases).units).toEqual(['区应急局']);
    expect(splitUnits('区交通局等行业主管部门', aliases).units).toEqual(['区交通局']);
    expect(splitUnits('区政府各部门、区直各部门、相关部门、各镇（街道）', aliases)).toEqual({ units: [], groups: ['区政府各部门', '区直各部门', '相关部门', '各镇（街道）'] });
    expect(splitUnits('区委宣传部/区融媒体中心；区教育局', aliases).units).toEqual(['区委宣传部', '区融媒体中心', '区教育局']);
  });
});
