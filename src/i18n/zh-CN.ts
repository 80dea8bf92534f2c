/**
 * Chinese (zh-CN) interface text: the reference resource. Every other language
 * must have exactly these keys (the type of en.ts enforces it). CRM terms follow
 * the glossary in glossary.ts so a term reads the same on every screen.
 */
import { zhCNClass } from './zh-CN-class';
import { zhCN as sp03 } from './subprojects/sp03';
import { zhCN as sp04 } from './subprojects/sp04';
import { zhCN as sp05 } from './subprojects/sp05';
import { zhCN as sp06 } from './subprojects/sp06';
import type { DeepStrings } from './strings';

export const zhCN = {
  ...zhCNClass,
  sp03,
  sp04,
  sp05,
  sp06,
  app: {
    name: '客户关系管理实训模拟平台',
    shortName: 'CRM实训',
    tagline: '以真实CRM流程为主线的团队实训：三个岗位、十二个子项目、每一分都有依据',
    skipToContent: '跳到正文',
  },
  nav: {
    start: '首页',
    library: '案例库',
    instructor: '教师',
    team: '小组',
    main: '主导航',
  },
  language: {
    label: '界面语言',
    zh: '中文',
    en: 'English',
  },
  status: {
    offlineReady: '已可离线使用',
    offlinePending: '正在准备离线使用…',
    offlineUnsupported: '此浏览器不支持离线使用',
    storagePersisted: '数据已设为持久保存',
    storageBestEffort: '浏览器空间紧张时可能清理数据，请定期备份',
  },
  start: {
    title: '欢迎使用',
    intro:
      '学生以小组为单位，分别担任客户服务经理、客户服务专员和客户服务顾问，在汽车交易市场、证券公司、纺织企业等真实改编案例中完成十二个CRM子项目；系统自动评分，并说明每一分的得失依据。',
    instructorTitle: '我是教师',
    instructorText: '开设班级、导入名单、分组、开放子项目、查看进度、评分与导出成绩；也可以浏览案例库备课。',
    instructorAction: '进入教师工作台',
    teamTitle: '我是学生小组',
    teamText: '教师在本机开设班级后，选择你们的班级和小组，进入小组工作区。',
    teamAction: '进入小组工作区',
    processTitle: 'CRM流程与十二个子项目',
  },
  library: {
    title: '案例库',
    intro: '每个案例都是一个 JSON 文件，包含案例背景、三个岗位的任务说明、术语表和十二个子项目。',
    loading: '正在加载案例…',
    open: '查看案例',
    version: '版本 {{version}}',
    bundled: '内置案例',
    imported: '教师导入',
    problemsCount: '{{count}} 个问题',
    subprojectsTotal: '十二个子项目，共 {{points}} 分',
    invalidTitle: '案例文件 {{file}} 无法使用',
    invalidIntro: '以下 {{count}} 处不符合案例格式（JSON 路径：问题）：',
    loadFailed: '无法读取案例文件 {{file}}：{{reason}}',
    importTitle: '导入自定义案例',
    importText: '选择一个符合案例格式的 JSON 文件。文件有误时会列出全部问题，已保存的案例不受影响。',
    importButton: '选择 JSON 文件',
    importDone: '已导入案例“{{title}}”。',
    importReplaced: '已用新文件替换案例“{{title}}”。',
    importInvalid: '文件 {{file}} 未导入，共有 {{count}} 处问题：',
    importBundledId: '文件 {{file}} 未导入：案例编号“{{id}}”与内置案例相同，请修改 id。',
    importUnreadable: '无法读取文件 {{file}}。',
    remove: '删除',
    removeConfirm: '确定删除导入的案例“{{title}}”吗？',
  },
  scenario: {
    back: '返回案例库',
    notFound: '没有找到编号为“{{id}}”的案例。',
    adaptedFrom: '案例来源：',
    company: '企业',
    industry: '行业',
    location: '地点',
    founded: '成立于 {{year}} 年',
    sections: '案例内容',
    background: '案例背景',
    timeline: '大事记',
    date: '时间',
    event: '事件',
    figures: '关键数据',
    asOf: '截至 {{date}}',
    people: '人物',
    customerGroups: '客户群体',
    problems: '企业面临的问题',
    roleBriefs: '岗位任务说明',
    roleBriefsNote: '岗位说明只给担任该岗位的学生看；此处供教师备课。',
    mission: '岗位使命',
    privateFacts: '只有你知道的情况',
    responsibilities: '岗位职责',
    glossary: '术语表',
    subprojects: '十二个子项目',
    number: '序号',
    subproject: '子项目',
    group: '所属项目',
    leadRoles: '主导岗位',
    points: '默认分值',
    generated: '每组数据不同',
    total: '合计',
  },
  roles: {
    manager: '客户服务经理',
    specialist: '客户服务专员',
    advisor: '客户服务顾问',
  },
  subprojects: {
    'sp01-diagnosis': '企业CRM诊断',
    'sp02-department': '客户服务部门与岗位设计',
    'sp03-prospecting': '寻找潜在客户',
    'sp04-customer-file': '客户信息档案',
    'sp05-segmentation': '客户价值分析与分级',
    'sp06-marketing-plan': '营销方案设计',
    'sp07-channels': '接触渠道与服务流程',
    'sp08-pipeline': '销售机会管理',
    'sp09-satisfaction': '客户满意度调查',
    'sp10-complaints': '客户投诉处理',
    'sp11-churn': '客户流失预警与挽回',
    'sp12-implementation': 'CRM实施方案与绩效评估',
  },
  groups: {
    'understand-crm': '认识CRM',
    identify: '识别客户',
    differentiate: '区分客户',
    'develop-interact': '开发与互动',
    'satisfy-serve': '满意与服务',
    retain: '保持与忠诚',
    'implement-review': '实施与评估',
  },
  notFound: {
    title: '页面不存在',
    text: '地址“{{path}}”没有对应的页面。',
    home: '返回首页',
  },
  error: {
    title: '出现了意外错误',
    text: '这一页无法显示。已保存的数据不会丢失；请重新加载页面，或返回首页。',
    details: '技术信息（可提供给管理员）',
    reload: '重新加载',
    home: '返回首页',
  },
} as const;

/** The shape of the classroom text in every language. */
export type ClassResource = { [K in keyof typeof zhCNClass]: DeepStrings<(typeof zhCNClass)[K]> };

/** The shape every language resource must have: same keys, string values. */
export type Resource = { [K in keyof typeof zhCN]: DeepStrings<(typeof zhCN)[K]> };
