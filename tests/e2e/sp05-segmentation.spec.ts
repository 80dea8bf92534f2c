import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { contentSchema } from '../../src/domain/subprojects/sp05-segmentation/content';
import { analyse, dayNumber } from '../../src/domain/subprojects/sp05-segmentation/method';
import { AppShell, SCREENSHOT_DIR, setUpClassForSubproject } from './pages';

const NAME = '客户价值分析与分级';
const scenario = JSON.parse(readFileSync('scenarios/car-market.json', 'utf8')) as {
  subprojects: { id: string; content?: unknown }[];
};
const content = contentSchema.parse(scenario.subprojects.find((slot) => slot.id === 'sp05-segmentation')?.content);

test('sub-project 5: the specialist downloads the data, uploads results, enters lifetime values and treatments; the manager approves; charts and scores show in both languages', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const shell = new AppShell(page);
  const { manager, specialist } = await setUpClassForSubproject(page, {
    className: '价值分析练习班',
    scenarioId: 'car-market',
    subprojectName: NAME,
  });

  await page.goto('/team');
  await page.getByRole('link', { name: '第 1 组' }).click();
  await page.getByRole('button', { name: specialist }).click();
  await page.getByRole('link', { name: NAME }).click();
  const workspace = page.getByTestId('sp05-workspace');
  await expect(workspace.getByRole('heading', { name: '分析方法说明' })).toBeVisible();
  await expect(workspace.getByTestId('sp05-summary')).toContainText('期间 2007-01-');

  // A student's spreadsheet: the downloaded transactions, analysed by the declared method.
  const pending = page.waitForEvent('download');
  await workspace.getByRole('button', { name: '下载交易数据（CSV）' }).click();
  const download = await pending;
  const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  const records = Papa.parse<{ date: string; customer: string; amount: string }>(csv, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const key = analyse(
    content,
    records.map((row) => ({
      date: row.date,
      day: dayNumber(row.date),
      customer: row.customer,
      amount: Number(row.amount),
    })),
  );

  // A broken file is refused with line numbers and nothing is saved.
  await workspace
    .getByLabel('或粘贴 CSV 内容')
    .fill('customer,revenue,R,F,M,ABC,segment\nC001,100,7,1,1,A,champions\nC999,1,1,1,1,A,x');
  await workspace.getByRole('button', { name: '检查并保存' }).click();
  const errors = workspace.getByTestId('sp05-csv-errors');
  await expect(errors).toContainText('第 2 行：R 应为 1–5 的整数，现在是“7”');
  await expect(errors).toContainText('第 3 行：没有编号为“C999”的客户');
  await expect(workspace.getByTestId('sp05-stored')).toHaveText('还没有保存结果。');

  // The right file, uploaded; one customer's R is wrong on purpose.
  const [first, ...rest] = [...key.rows].sort((a, b) => b.revenue - a.revenue);
  const lines = ['customer,revenue,R,F,M,ABC,segment'];
  for (const row of [{ ...first!, r: first!.r === 5 ? 4 : 5 }, ...rest])
    lines.push([row.customer, row.revenue, row.r, row.f, row.m, row.abc, row.segment].join(','));
  await workspace
    .getByLabel('上传结果 CSV')
    .setInputFiles({ name: 'results.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(workspace.getByTestId('sp05-stored')).toHaveText(`已保存 ${key.rows.length} 位客户的结果。`);
  await expect(workspace.getByTestId('sp05-pareto').locator('.recharts-line')).toHaveCount(1);

  // Lifetime values: ids from our own ranking, amounts typed.
  await workspace.getByRole('button', { name: /按我们结果中的 revenue 填入前 10 位客户编号/ }).click();
  await expect(workspace.getByLabel('客户编号 1', { exact: true })).toHaveValue(key.top[0]!.customer);
  for (const [index, top] of key.top.entries())
    await workspace.getByLabel(`终身价值 ${index + 1}`, { exact: true }).fill(top.clv.toFixed(0));
  await workspace.getByLabel('终身价值 10', { exact: true }).fill('abc');
  await expect(workspace.getByText('请输入不小于 0 的数字')).toBeVisible();
  await workspace.getByLabel('终身价值 10', { exact: true }).fill(key.top[9]!.clv.toFixed(0));
  await workspace.getByLabel('终身价值 10', { exact: true }).blur();

  // Treatments: the fitting ones everywhere, one-to-one where A-class customers are; a price war for champions.
  for (const segment of content.segments) {
    const group = workspace.getByRole('group', { name: segment.label.zh });
    const holdsA = key.rows.some((row) => row.segment === segment.id && row.abc === 'A');
    for (const id of new Set([...segment.treatments, ...(holdsA ? [content.policy.aClassTreatment] : [])]))
      await group.getByRole('checkbox', { name: content.treatments.find((item) => item.id === id)!.label.zh }).check();
  }
  await workspace
    .getByRole('group', { name: '重要价值客户' })
    .getByRole('checkbox', { name: '全场统一大幅降价，吸引客户回头' })
    .check();

  await expect(page.getByTestId('save-status')).toHaveText('所有修改已保存');
  await page.reload();
  await expect(workspace.getByTestId('sp05-stored')).toHaveText(`已保存 ${key.rows.length} 位客户的结果。`);
  await expect(workspace.getByLabel('终身价值 10', { exact: true })).toHaveValue(key.top[9]!.clv.toFixed(0));
  await expect(
    workspace.getByRole('group', { name: '重要价值客户' }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(4);

  // The specialist submits; only the manager may approve.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByRole('button', { name: '批准提交' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '这一步只能由客户服务经理完成' })).toBeVisible();
  await page.getByRole('link', { name: '返回子项目列表' }).click();
  await page.getByRole('button', { name: '换人' }).click();
  await page.getByRole('button', { name: manager }).click();
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('button', { name: '批准提交' }).click();

  const score = page.getByTestId('team-score');
  await expect(score).toContainText(`R、F、M 三项得分全部正确的客户 ${key.rows.length - 1} / ${key.rows.length} 位`);
  await expect(score).toContainText(`${first!.customer} `);
  await expect(score).toContainText('前 10 位客户中，10 位的终身价值与答案相差不超过 2%');
  await expect(score).toContainText('重要价值客户 · 全场统一大幅降价，吸引客户回头（多选）');
  await expect(score).not.toContainText('rfm:');
  await expect(workspace.getByTestId('sp05-results-feedback')).toContainText('有误的客户');
  await expect(workspace.getByTestId('sp05-pareto').locator('.recharts-line')).toHaveCount(2);
  await expect(workspace.getByTestId('sp05-grids').getByRole('table')).toHaveCount(2);
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp05-scored-zh.png`, fullPage: true });
  // Close-ups of each panel, readable at full size.
  const panels = workspace.locator(':scope > section');
  for (const [index, part] of ['method', 'data', 'results', 'charts', 'clv', 'treatments'].entries())
    await panels.nth(index).screenshot({ path: `${SCREENSHOT_DIR}/sp05-zh-${part}.png` });
  await score.screenshot({ path: `${SCREENSHOT_DIR}/sp05-zh-score.png` });

  await shell.switchLanguage('English');
  await expect(score).toContainText('R, F and M all right for');
  await expect(workspace.getByRole('heading', { name: 'Method statement' })).toBeVisible();
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp05-scored-en.png`, fullPage: true });
  for (const [index, part] of ['method', 'results', 'treatments'].entries())
    await panels.nth([0, 2, 5][index] ?? 0).screenshot({ path: `${SCREENSHOT_DIR}/sp05-en-${part}.png` });
  await score.screenshot({ path: `${SCREENSHOT_DIR}/sp05-en-score.png` });
});
