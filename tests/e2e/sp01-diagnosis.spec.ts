import { expect, test } from '@playwright/test';
import { AppShell, SCREENSHOT_DIR, setUpClassForSubproject } from './pages';

test('sub-project 1: the team ticks problems, chooses levers, writes the memo; the manager submits; scores and feedback show in both languages', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const { manager: managerName, specialist: specialistName } = await setUpClassForSubproject(page, {
    className: '诊断练习班',
    scenarioId: 'textile-sme',
    subprojectName: '企业CRM诊断',
  });

  // The specialist does the analysis.
  await page.goto('/team');
  await page.getByRole('link', { name: '第 1 组' }).click();
  await page.getByRole('button', { name: specialistName }).click();
  await page.getByRole('link', { name: '企业CRM诊断' }).click();
  const workspace = page.getByTestId('sp01-workspace');
  const boxes = workspace.getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(10);
  // Tick four statements quickly, one after another: none of the clicks may be lost.
  for (let i = 0; i < 4; i += 1) await boxes.nth(i).check();
  const ticked = 4;
  await expect(workspace.getByRole('checkbox', { checked: true })).toHaveCount(ticked);
  await expect(workspace.getByText('还没有选择对策').first()).toBeVisible();
  const leverSelects = workspace.getByRole('combobox');
  await expect(leverSelects).toHaveCount(ticked);
  for (let i = 0; i < ticked; i += 1) await leverSelects.nth(i).selectOption({ index: 1 });
  const memo = workspace.getByRole('textbox');
  await memo.nth(0).fill('太短');
  await expect(workspace.getByText('已写 2 字，至少需要 40 字')).toBeVisible();
  await memo
    .nth(0)
    .fill(
      '陈总：公司订单依赖中间商层层转手，客户信息掌握在业务员个人手里，我们不知道哪些客户贡献了大部分销售额，也没有客户战略。',
    );
  await memo
    .nth(1)
    .fill('原因在于多年来被动接单，销售手工操作，没有共享的客户档案和客户分析工具，缺少懂客户关系管理的人才。');
  await memo
    .nth(2)
    .fill('建议建立统一的客户信息档案，按价值对客户分级，逐步直接接触终端客户，培训员工使用简单的客户关系管理工具。');
  await memo.nth(2).blur();
  await expect(page.getByTestId('save-status')).toHaveText('所有修改已保存');
  await page.reload();
  await expect(workspace.getByRole('checkbox', { checked: true })).toHaveCount(ticked);
  await expect(memo.nth(2)).toHaveValue(/^建议建立统一的客户信息档案/);

  // The manager submits.
  await page.getByRole('link', { name: '返回子项目列表' }).click();
  await page.getByRole('button', { name: '换人' }).click();
  await page.getByRole('button', { name: managerName }).click();
  await page.getByRole('link', { name: '企业CRM诊断' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '提交' }).click();
  const score = page.getByTestId('team-score');
  await expect(score).toContainText('个真实问题');
  await expect(score).toContainText('个真实问题配上了能解决它的对策');
  await expect(score).toContainText('备忘录 3 / 3 部分达到要求的字数。');
  await expect(score).toContainText('备忘录质量由教师按评分标准评定。');
  // Evidence is named by the statement the team saw, not by an internal id.
  await expect(score).not.toContainText('problem:');
  await expect(workspace.getByText(/真实问题 · 判断|干扰项 · 判断/).first()).toBeVisible();
  await expect(workspace.getByRole('checkbox').first()).toBeDisabled();
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp01-scored-zh.png`, fullPage: true });

  await shell.switchLanguage('English');
  await expect(score).toContainText('real problems');
  await expect(score).toContainText('The quality of the memo is graded by the instructor against the rubric.');
  await expect(workspace.getByText(/Real problem · judged|Distractor · judged/).first()).toBeVisible();
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp01-scored-en.png`, fullPage: true });
});
