import type { DeepStrings } from '../strings';

/**
 * Interface text of sub-project 6's workspace and criteria, in both languages.
 * zh-CN is the reference; the type of `en` keeps its keys identical.
 */
export const zhCN = {
  noContent: '本案例没有为这个子项目提供内容。',
  briefTitle: '活动任务',
  briefHelp:
    '为下面的客户群设计一次营销活动：选哪些客户群、用什么渠道接触、给什么优惠、接触多少人，并写出可衡量的目标。由客户服务顾问起草并提交，客户服务经理审批预算。',
  budget: '活动预算',
  period: '活动期',
  money: '{{value}} 元',
  budgetRule:
    '预算用于接触客户（人数 × 渠道的单人费用），提交前就能看到。客户响应后兑现优惠的成本、预计响应人数和回报率要到评分后才公布。',
  channelsTitle: '可用渠道',
  offersTitle: '可用优惠',
  costPerContact: '每接触一人',
  costPerResponse: '每响应一人',
  name: '名称',
  description: '说明',
  segmentsTitle: '目标客户群与接触方案',
  segmentsHelp: '勾选要纳入活动的客户群，再为它选渠道、优惠和接触人数。不值得投入的客户群可以不选。',
  tier: {
    high: '高价值',
    medium: '中等价值',
    low: '低价值',
  },
  size: '可接触 {{number}} 人',
  margin: '每位响应客户的毛利 {{value}} 元',
  include: '纳入本次活动',
  channel: '渠道',
  offer: '优惠',
  contacts: '接触人数',
  choose: '请选择',
  reachAll: '全部 {{number}} 人',
  lineSpend: '接触费用：{{contacts}} 人 × {{cost}} 元 = {{spend}} 元',
  problems: {
    noChannel: '还没有选渠道。',
    noOffer: '还没有选优惠。',
    noContacts: '请填写接触人数。',
    badContacts: '接触人数要填整数，例如 500。',
    overSize: '这个客户群只有 {{size}} 人，接触人数不能超过它。',
  },
  budgetBar: '已用预算 {{spend}} 元 / {{budget}} 元（{{percent}}%）',
  budgetLeft: '还剩 {{left}} 元。',
  budgetOver: '超出预算 {{over}} 元！请减少接触人数，或换用更便宜的渠道。',
  budgetLabel: '预算使用情况',
  objectivesTitle: '活动目标',
  objectivesHelp:
    '至少写 {{count}} 个目标：从指标库里选指标，给出数字目标，并定在活动期（{{start}} 至 {{end}}）内的日期。注意：有些指标听起来不错，却无法衡量。',
  kpi: '指标',
  target: '目标值',
  date: '完成日期',
  addObjective: '添加目标',
  removeObjective: '删除',
  objectiveN: '目标 {{number}}',
  noObjectives: '还没有目标。',
  objectiveProblems: {
    noKpi: '请选择一个指标。',
    noTarget: '请填写目标值。',
    badTarget: '目标值要是大于 0 的数字，例如 120 或 15%。',
    noDate: '请选择完成日期。',
    outsidePeriod: '日期要在活动期 {{start}} 至 {{end}} 之内。',
  },
  objectiveOk: '格式完整。',
  measurable: '可衡量（单位：{{unit}}）',
  notMeasurable: '无法衡量',
  rationaleTitle: '方案说明',
  rationaleHelp: '用几句话说明为什么这样选择客户群、渠道和优惠，以及方案如何配合公司的策略（由教师评定）。',
  rationaleCount: '已写 {{count}} 字',
  outcomeTitle: '方案效果（按响应模型测算）',
  outcomeHelp: '评分后公布：按隐藏的响应模型算出的预计效果，并与预算内能达到的最佳方案对照。',
  teamPlan: '你们的方案',
  bestPlan: '最佳方案',
  segment: '客户群',
  plan: '渠道 + 优惠',
  responses: '预计响应',
  revenue: '收入',
  cost: '成本',
  profit: '利润',
  roi: '回报率',
  total: '合计',
  notIncluded: '未纳入',
  chartTitle: '各客户群的预计利润：你们的方案与最佳方案',
  chartLabel: '柱状图：各客户群的预计利润（元）',
  criteria: {
    constraints: {
      none: '方案里没有纳入任何客户群。',
      overBudget:
        '接触费用 {{spend, number}} 元，超出预算 {{budget, number}} 元共 {{over, number}} 元，约束条件不得分。',
      faults:
        '预算内（{{spend, number}} / {{budget, number}} 元），但 {{included}} 个客户群中有 {{faulty}} 个的方案不完整或接触人数超过客户群人数。',
      held: '{{included}} 个客户群的方案都完整，接触费用 {{spend, number}} 元没有超出预算 {{budget, number}} 元。',
    },
    profit: {
      none: '没有一个客户群的方案完整（渠道、优惠、接触人数），算不出效果。',
      loss: '按响应模型，方案预计利润 {{profit, number}} 元，是亏损的；预算内最佳方案可得 {{best, number}} 元。',
      scaled:
        '方案超出预算，按比例缩减到预算内计算：预计利润 {{credited, number}} 元，为最佳方案 {{best, number}} 元的 {{percent}}%。',
      result: '按响应模型，方案预计利润 {{profit, number}} 元，为预算内最佳方案 {{best, number}} 元的 {{percent}}%。',
    },
    objectives:
      '{{good}} 个可衡量的目标（至少需要 {{required}} 个，共写了 {{stated}} 个）：{{vague}} 个没有选指标或指标无法衡量，{{noTarget}} 个目标值不是数字，{{badDate}} 个日期不在活动期 {{start}} 至 {{end}} 内。',
    targeting: {
      none: '没有投入预算，无法判断目标客户的选择。',
      result:
        '高价值客户群占接触费用的 {{high}}%，低价值客户群占 {{low}}%（高价值的份额应不低于低价值的）。无论怎样都会亏损、却分到了预算的客户群：{{losing}} 个。',
    },
    creativity: '方案的创意及与公司策略的契合度由教师按评分标准评定。',
  },
} as const;

export const en: DeepStrings<typeof zhCN> = {
  noContent: 'This scenario has no content for this sub-project.',
  briefTitle: 'The assignment',
  briefHelp:
    'Design one marketing campaign for the customer segments below: which segments to target, through which channel, with which offer and how many customers to contact, and state measurable objectives. The advisor drafts and submits; the customer-service manager approves the budget.',
  budget: 'Campaign budget',
  period: 'Campaign period',
  money: '{{value}} yuan',
  budgetRule:
    'The budget pays for contacting customers (contacts × the channel’s cost per contact), which you see before submitting. The cost of honouring offers for customers who respond, the expected responses and the return are revealed only after scoring.',
  channelsTitle: 'Channels available',
  offersTitle: 'Offers available',
  costPerContact: 'Per customer contacted',
  costPerResponse: 'Per customer who responds',
  name: 'Name',
  description: 'Description',
  segmentsTitle: 'Target segments and how to reach them',
  segmentsHelp:
    'Tick the segments to include, then choose a channel, an offer and the number of contacts for each. Leave out segments that are not worth the money.',
  tier: {
    high: 'High value',
    medium: 'Medium value',
    low: 'Low value',
  },
  size: '{{number}} customers reachable',
  margin: 'Margin per responding customer: {{value}} yuan',
  include: 'Include in the campaign',
  channel: 'Channel',
  offer: 'Offer',
  contacts: 'Contacts',
  choose: 'Choose…',
  reachAll: 'All {{number}}',
  lineSpend: 'Contact cost: {{contacts}} × {{cost}} yuan = {{spend}} yuan',
  problems: {
    noChannel: 'No channel chosen yet.',
    noOffer: 'No offer chosen yet.',
    noContacts: 'Enter the number of customers to contact.',
    badContacts: 'Contacts must be a whole number, e.g. 500.',
    overSize: 'This segment has only {{size}} customers; you cannot contact more.',
  },
  budgetBar: 'Budget used: {{spend}} / {{budget}} yuan ({{percent}}%)',
  budgetLeft: '{{left}} yuan left.',
  budgetOver: 'Over budget by {{over}} yuan! Contact fewer customers or use a cheaper channel.',
  budgetLabel: 'Budget use',
  objectivesTitle: 'Campaign objectives',
  objectivesHelp:
    'State at least {{count}} objectives: pick a KPI from the bank, give a numeric target and a date within the campaign ({{start}} to {{end}}). Beware: some aims sound good but cannot be measured.',
  kpi: 'KPI',
  target: 'Target',
  date: 'Due date',
  addObjective: 'Add an objective',
  removeObjective: 'Remove',
  objectiveN: 'Objective {{number}}',
  noObjectives: 'No objectives yet.',
  objectiveProblems: {
    noKpi: 'Choose a KPI.',
    noTarget: 'Enter a target.',
    badTarget: 'The target must be a number above 0, e.g. 120 or 15%.',
    noDate: 'Choose a due date.',
    outsidePeriod: 'The date must fall within the campaign, {{start}} to {{end}}.',
  },
  objectiveOk: 'Complete.',
  measurable: 'Measurable (unit: {{unit}})',
  notMeasurable: 'Not measurable',
  rationaleTitle: 'Rationale',
  rationaleHelp:
    'In a few sentences, explain why you chose these segments, channels and offers and how the plan fits the company’s strategy (judged by the instructor).',
  rationaleCount: '{{count}} characters',
  outcomeTitle: 'Expected outcome (from the response model)',
  outcomeHelp:
    'Revealed after scoring: the outcome the hidden response model expects from your plan, next to the best plan the budget allows.',
  teamPlan: 'Your plan',
  bestPlan: 'Best plan',
  segment: 'Segment',
  plan: 'Channel + offer',
  responses: 'Responses',
  revenue: 'Revenue',
  cost: 'Cost',
  profit: 'Profit',
  roi: 'ROI',
  total: 'Total',
  notIncluded: 'Not included',
  chartTitle: 'Expected profit per segment: your plan and the best plan',
  chartLabel: 'Bar chart: expected profit per segment (yuan)',
  criteria: {
    constraints: {
      none: 'The plan includes no segment.',
      overBudget:
        'Contact costs of {{spend, number}} yuan exceed the budget of {{budget, number}} yuan by {{over, number}} yuan, so the constraints earn nothing.',
      faults:
        'Within budget ({{spend, number}} / {{budget, number}} yuan), but {{faulty}} of {{included}} segments have an incomplete line or more contacts than customers.',
      held: 'All {{included}} segments have a complete line, and contact costs of {{spend, number}} yuan stay within the budget of {{budget, number}} yuan.',
    },
    profit: {
      none: 'No segment has a complete line (channel, offer, contacts), so there is no outcome to work out.',
      loss: 'By the response model the plan is expected to lose money ({{profit, number}} yuan); the best plan within the budget earns {{best, number}} yuan.',
      scaled:
        'The plan is over budget, so it is scaled down to fit: expected profit {{credited, number}} yuan, {{percent}}% of the best plan’s {{best, number}} yuan.',
      result:
        'By the response model the plan is expected to earn {{profit, number}} yuan, {{percent}}% of the {{best, number}} yuan the best plan within the budget earns.',
    },
    objectives:
      'Measurable objectives: {{good}} (at least {{required}} needed; {{stated}} stated). Without a KPI or with an aim that cannot be measured: {{vague}}; without a numeric target: {{noTarget}}; dated outside the campaign ({{start}} to {{end}}): {{badDate}}.',
    targeting: {
      none: 'No budget was spent, so the choice of targets cannot be judged.',
      result:
        'High-value segments take {{high}}% of contact costs and low-value ones {{low}}% (the high-value share should be at least the low-value one). Segments that lose money whatever you do but received budget: {{losing}}.',
    },
    creativity: 'Creativity and fit with the company’s strategy are judged by the instructor with a rubric.',
  },
};
