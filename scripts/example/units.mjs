// Invented profiles of the example district's departments (示例): what each one inspects and how it
// names its documents. Used only to generate the example dossier.

/** Per department: the objects it counts, its document prefix, and who chairs its meetings. */
export const PROFILES = {
  经发局: { objects: '企业', abbr: '曲经发', chair: '局主要负责同志' },
  住建局: { objects: '在建项目', abbr: '曲住建', chair: '局党组书记、局长' },
  资源规划中心: { objects: '建设项目', abbr: '曲资规', chair: '中心主任' },
  城市管理服务中心: { objects: '市政设施点位', abbr: '曲城服', chair: '中心主任' },
  应急管理中心: { objects: '生产经营单位', abbr: '曲应急', chair: '中心主任' },
  社区卫健局: { objects: '居民小区', abbr: '曲社卫', chair: '局主要负责同志' },
  交警曲江大队: { objects: '重点路段', abbr: '曲交警', chair: '大队长' },
  曲江消防救援大队: { objects: '消防安全重点单位', abbr: '曲消', chair: '大队长' },
  文化旅游局: { objects: '景区和文旅场所', abbr: '曲文旅', chair: '局主要负责同志' },
  文物局: { objects: '文物保护单位', abbr: '曲文物', chair: '局主要负责同志' },
  教育局: { objects: '学校和幼儿园', abbr: '曲教', chair: '局主要负责同志' },
  城管执法局: { objects: '户外广告牌和店招', abbr: '曲城执', chair: '局主要负责同志' },
  市场监管局曲江分局: { objects: '特种设备使用单位', abbr: '曲市监', chair: '分局局长' },
  工程建设管理中心: { objects: '市政工程标段', abbr: '曲工建', chair: '中心主任' },
  城墙管委会: { objects: '排水防涝点位', abbr: '曲城墙', chair: '管委会主任' },
  '城（棚）改办': { objects: '改造片区', abbr: '曲棚改', chair: '办公室主任' },
  CCBD管理办: { objects: '楼宇和商业综合体', abbr: '曲CCBD', chair: '管理办主任' },
  大明宫保护办: { objects: '改造片区', abbr: '曲大明宫', chair: '办公室主任' },
  辖区派出所: { objects: '出租房屋和旅馆', abbr: '曲公', chair: '所长' },
  生态环境局: { objects: '实验室和危废产生单位', abbr: '曲环', chair: '局主要负责同志' },
  西安旅游集团: { objects: '林区巡护点', abbr: '西旅', chair: '分管负责同志' },
  党政办: { objects: '会议议题', abbr: '曲党政', chair: '管委会主要负责同志' },
  安委办: { objects: '成员单位', abbr: '曲安委办', chair: '安委会主任' },
  组织人事局: { objects: '参保企业', abbr: '曲组人', chair: '局主要负责同志' },
  平安办: { objects: '考核单位', abbr: '曲平安', chair: '办公室主任' },
  财政局: { objects: '预算项目', abbr: '曲财', chair: '局主要负责同志' },
  行政审批局: { objects: '办事事项', abbr: '曲审批', chair: '局主要负责同志' },
};

/** Who files the evidence for a task the plan gives only to collective groups. */
export const GROUP_LEAD = {
  1: ['应急管理中心'], 2: ['交警曲江大队'], 3: ['曲江消防救援大队'], 4: ['应急管理中心'], 5: ['应急管理中心'],
  37: ['城市管理服务中心'], 44: ['应急管理中心'], 50: ['住建局'], 53: ['城管执法局'],
  54: ['应急管理中心', '市场监管局曲江分局'], 55: ['应急管理中心'], 56: ['城管执法局'], 57: ['组织人事局'], 58: ['市场监管局曲江分局'],
  60: ['安委办'], 74: ['社区卫健局'], 76: ['教育局'], 77: ['安委办'], 87: ['应急管理中心', '住建局'],
};
