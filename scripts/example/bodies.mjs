// Work-summary text (工作开展情况) for the example dossier's evidence files (示例, invented).
import { PROFILES } from './units.mjs';
import { chineseDate } from './pdf.mjs';

const ORD = ['一是', '二是', '三是'];

/** The body of one evidence file, in the style of a department's work summary. */
export function bodyFor({ task, unit, kind, topic, date, start, status, rand, metrics }) {
  const p = PROFILES[unit] ?? { objects: '单位', abbr: '曲', chair: '主要负责同志' };
  const n = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const clause = task.text.split(/[；。]/)[0];
  const found = n(12, 160);
  const fixed = status === '已完成' ? found : Math.floor(found * (0.55 + rand() * 0.3));
  const figures = metrics.length ? `经统计，${metrics.map((m) => `${m.name}为${m.value}`).join('，')}。` : '';
  const open = `对照任务分解表第${task.no}项“${clause}”的要求，${unit}`;
  const tail = status === '已完成' ? `该项工作已按期完成，相关资料已归档备查。` : `目前该项工作仍在推进中，${unit}已制定整改计划，明确时间节点，力争尽快完成。`;
  switch (kind) {
    case '制度文件':
      return [
        `${open}于${chineseDate(start)}印发《关于加强${topic}工作的实施方案》（${p.abbr}发〔${start.slice(0, 4)}〕${n(3, 48)}号），明确了工作目标、责任分工和完成时限，建立“月调度、季通报”工作机制。`,
        `方案印发后，${unit}组织召开专题部署会，逐条解读方案要求，督促${p.objects}对照落实；截至${chineseDate(date)}，已完成方案确定的${n(5, 12)}项重点工作。${figures}${tail}`,
      ];
    case '会议纪要':
      return [
        `${chineseDate(start)}，${unit}召开${topic}专题会议，${p.chair}主持会议。会议传达学习了省、市关于国家安全发展示范城市创建工作的部署要求，研究确定了${n(4, 9)}项具体措施，明确了牵头科室和完成时限。`,
        `会后${unit}印发会议纪要，逐项跟踪落实。${open}共督导检查${p.objects}${found}个，发现问题${n(3, 30)}项，均已建立台账并限期整改。${figures}${tail}`,
      ];
    case '工作台账':
      return [
        `${open}建立${topic}工作台账，按照“一处一档”逐项登记检查时间、发现问题、整改措施和责任人。`,
        `自${chineseDate(start)}以来，共排查${p.objects}${found}个，发现隐患和问题${found}项，已完成整改${fixed}项${status === '已完成' ? '，整改率100%' : `，整改率${Math.round((fixed / found) * 100)}%`}。${figures}台账每月更新并报送创建办。${tail}`,
      ];
    case '图片资料':
      return [
        `${chineseDate(start)}至${chineseDate(date)}，${unit}组织开展${topic}现场检查${n(3, 12)}轮，累计出动检查人员${n(20, 180)}人次，覆盖${p.objects}${found}个。`,
        `现场检查情况见附件照片。检查中发现的问题已当场反馈并督促整改。${figures}${tail}`,
      ];
    case '统计数据':
      return [
        `${open}会同相关单位对${topic}情况进行了统计核实，数据口径与市级统计部门一致。`,
        `${figures || `统计期内共涉及${p.objects}${found}个，相关指标较上年同期均有改善。`}统计报表已经单位负责人审核签字。${tail}`,
      ];
    default: {
      const points = [
        `健全工作机制，成立由${p.chair}任组长的工作专班，将${topic}纳入年度重点工作`,
        `强化督促检查，累计检查${p.objects}${found}个，督促整改问题${fixed}项`,
        `加强宣传培训，组织专题培训${n(2, 8)}场次，参训${n(60, 600)}人次`,
      ];
      return [`自创建工作启动以来，${open}扎实推进${topic}各项工作。${points.map((s, i) => `${ORD[i]}${s}`).join('；')}。`, `${figures}${tail}`];
    }
  }
}
