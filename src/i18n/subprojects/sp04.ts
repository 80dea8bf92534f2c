import type { DeepStrings } from '../strings';

/**
 * Interface text of sub-project 4's workspace and criteria, in both languages.
 * zh-CN is the reference; the type of `en` keeps its keys identical.
 */
export const zhCN = {
  noContent: '本案例没有为这个子项目提供内容。',
  intro:
    '下面是各部门交来的原始记录：来电记录、接待记录、活动签到表……同一位客户可能出现在几条记录里，写法不同，有的信息缺失，有的互相矛盾。请为每位客户建立一份结构化档案：合并重复记录，补全字段，并给客户分类。',
  conflictRule: '冲突处理规则',
  scopeHelp:
    '狭义客户：购买和使用本企业产品或服务的最终客户（个人或单位）。广义客户：除狭义客户外，还包括经销商、代理商、介绍客户的合作方、上游供应商以及企业内部的部门和分支机构。',
  typesTitle: '客户类型说明',
  notesTitle: '原始记录',
  unfiled: '还有 {{count}} 条原始记录没有归入档案（共 {{total}} 条）。',
  allFiled: '全部 {{total}} 条原始记录都已归入档案。',
  onlyUnfiled: '只看未归档的记录',
  sortBy: '排序',
  sortById: '按编号',
  sortByDate: '按日期',
  filedIn: '已归入 {{record}}',
  notFiled: '未归档',
  newRecord: '新建档案',
  newRecordFrom: '用 {{note}} 新建档案',
  fileInto: '归入档案…',
  fileIntoLabel: '把 {{note}} 归入档案',
  belongsTo: '实际属于：{{name}}',
  recordsTitle: '客户档案',
  recordsHelp: '每位客户一份档案。把同一客户的所有原始记录都归入他的档案；带 * 的字段必须填写。',
  noRecords: '还没有档案。请在左侧的原始记录上点“新建档案”。',
  recordCount: '共 {{count}} 份档案。',
  record: '档案 {{id}}',
  sources: '来源记录',
  noSources: '这份档案没有来源记录，提交后无法对应到任何客户。',
  takeOut: '把 {{note}} 移出 {{record}}',
  removeRecord: '删除档案 {{id}}',
  choose: '请选择',
  fields: {
    name: '姓名',
    phone: '电话',
    place: '地区',
    interest: '关注的产品或服务',
    type: '客户类型',
    scope: '狭义/广义',
  },
  scopes: { narrow: '狭义客户', broad: '广义客户' },
  required: '必填项，还没有填写。',
  fullName: '请写客户的全名，不要只写称呼。',
  phoneDigits: '手机号应为 11 位数字，现在是 {{count}} 位。',
  phoneStart: '手机号应以 1 开头。',
  feedback: {
    customer: '对应客户：{{name}}',
    noCustomer: '没有来源记录，无法对应到客户。',
    mixed: '混入了其他客户的记录：{{names}}',
    secondary: '这位客户的记录被拆到了多份档案里，应当合并。',
    right: '正确',
    shouldBe: '应为：{{value}}',
    uncoveredTitle: '没有建立档案的客户',
  },
  criteria: {
    merge:
      '重复记录合并：{{duplicated}} 位客户有多条记录，其中 {{merged}} 位的记录完整归入了同一份档案；{{mixed}} 份档案混入了其他客户的记录（逐对比较记录的一致度为 {{f1}}%）。',
    fields:
      '字段准确率：姓名、电话、地区和关注点共 {{fields}} 项，{{right}} 项正确（电话以日期最近的记录为准，姓名须写全名；没有档案的 {{uncovered}} 位客户按遗漏计）。',
    required:
      '必填项：应填 {{cells}} 项，已填好 {{filled}} 项（{{records}} 份档案、{{customers}} 位客户；电话须是 11 位手机号）。',
    classification:
      '客户分类：客户类型和狭义/广义共 {{fields}} 项，{{right}} 项正确（没有档案的 {{uncovered}} 位客户按遗漏计）。',
    coverage: '覆盖：{{customers}} 位客户中有 {{covered}} 位建立了档案；还有 {{unfiled}} 条原始记录没有归档。',
  },
} as const;

export const en: DeepStrings<typeof zhCN> = {
  noContent: 'This scenario has no content for this sub-project.',
  intro:
    'Below is the raw material the departments handed in: call notes, desk notes, event sign-up sheets… One customer may appear in several notes, written differently, with some details missing and some contradicting each other. Build one structured record per customer: merge the duplicates, complete the fields and classify the customer.',
  conflictRule: 'How to settle conflicts',
  scopeHelp:
    'Narrow-sense customers: the end customers (people or organisations) who buy and use the firm’s products or services. Broad-sense customers: the narrow ones plus dealers, agents, partners who introduce customers, upstream suppliers and the firm’s own departments and branches.',
  typesTitle: 'Customer types explained',
  notesTitle: 'Raw notes',
  unfiled: '{{count}} of {{total}} raw notes are not in any record yet.',
  allFiled: 'All {{total}} raw notes are filed in records.',
  onlyUnfiled: 'Show only notes not yet filed',
  sortBy: 'Sort',
  sortById: 'by number',
  sortByDate: 'by date',
  filedIn: 'Filed in {{record}}',
  notFiled: 'Not filed',
  newRecord: 'New record',
  newRecordFrom: 'New record from {{note}}',
  fileInto: 'File in record…',
  fileIntoLabel: 'File {{note}} in a record',
  belongsTo: 'Actually about: {{name}}',
  recordsTitle: 'Customer records',
  recordsHelp:
    'One record per customer. File all of a customer’s notes in that customer’s record; fields marked * must be filled in.',
  noRecords: 'No records yet. Press “New record” on a raw note on the left.',
  recordCount: 'Records so far: {{count}}.',
  record: 'Record {{id}}',
  sources: 'Source notes',
  noSources: 'This record has no source notes, so after submission it matches no customer.',
  takeOut: 'Take {{note}} out of {{record}}',
  removeRecord: 'Delete record {{id}}',
  choose: 'Choose',
  fields: {
    name: 'Name',
    phone: 'Phone',
    place: 'Place',
    interest: 'Interest',
    type: 'Customer type',
    scope: 'Narrow/broad',
  },
  scopes: { narrow: 'Narrow-sense customer', broad: 'Broad-sense customer' },
  required: 'Required, not filled in yet.',
  fullName: 'Write the customer’s full name, not just “Mr/Ms …”.',
  phoneDigits: 'A mobile number has 11 digits; this one has {{count}}.',
  phoneStart: 'A mobile number starts with 1.',
  feedback: {
    customer: 'Customer: {{name}}',
    noCustomer: 'No source notes, so it matches no customer.',
    mixed: 'Also holds notes about: {{names}}',
    secondary: 'This customer’s notes are split over several records; they should be merged.',
    right: 'Right',
    shouldBe: 'Should be: {{value}}',
    uncoveredTitle: 'Customers without a record',
  },
  criteria: {
    merge:
      'Duplicates merged: {{duplicated}} customers have several notes, and for {{merged}} of them all notes are in one record of their own; records that mix in notes about other customers: {{mixed}} (pair-by-pair agreement {{f1}}%).',
    fields:
      'Field accuracy: {{right}} of {{fields}} name, phone, place and interest entries are right (the phone from the most recent note, the name in full; the {{uncovered}} customers without a record count as missed).',
    required:
      'Required fields: {{filled}} of {{cells}} filled in ({{records}} records, {{customers}} customers; a phone must be an 11-digit mobile number).',
    classification:
      'Classification: {{right}} of {{fields}} customer-type and narrow/broad entries are right (the {{uncovered}} customers without a record count as missed).',
    coverage: 'Coverage: {{covered}} of {{customers}} customers have a record; {{unfiled}} raw notes are not filed.',
  },
};
