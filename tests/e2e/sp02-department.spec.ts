import { expect, test } from '@playwright/test';
import { AppShell, SCREENSHOT_DIR, setUpClassForSubproject } from './pages';

test('sub-project 2: reporting line, duties with owners and job descriptions are saved as typed; the manager submits; scores and feedback show in both languages', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const { manager: managerName, specialist: specialistName } = await setUpClassForSubproject(page, {
    className: '岗位设计练习班',
    scenarioId: 'securities-firm',
    subprojectName: '客户服务部门与岗位设计',
  });

  await page.goto('/team');
  await page.getByRole('link', { name: '第 1 组' }).click();
  await page.getByRole('button', { name: specialistName }).click();
  await page.getByRole('link', { name: '客户服务部门与岗位设计' }).click();
  const workspace = page.getByTestId('sp02-workspace');
  await workspace.getByRole('radio').first().check();
  const duties = workspace.getByRole('checkbox');
  await expect(duties.first()).toBeVisible();
  for (let i = 0; i < 5; i += 1) await duties.nth(i).check();
  await expect(workspace.getByText('还没有指定负责岗位')).toHaveCount(5);
  const owners = workspace.getByRole('combobox');
  for (let i = 0; i < 5; i += 1) await owners.nth(i).selectOption('specialist');
  await expect(workspace.getByText('还没有指定负责岗位')).toHaveCount(0);
  const managerJob = workspace.getByRole('group', { name: '客户服务经理 职务说明书' });
  await managerJob.getByLabel('岗位名称').fill('客户服务经理');
  await managerJob.getByLabel('所属部门').fill('分公司客户服务部');
  await managerJob.getByLabel('考核指标（KPI）').fill('客户满意度、客户保留率、投诉按时办结率');
  await managerJob.getByLabel('考核指标（KPI）').blur();
  await expect(page.getByTestId('save-status')).toHaveText('所有修改已保存');
  await page.reload();
  await expect(workspace.getByRole('checkbox', { checked: true })).toHaveCount(5);
  await expect(managerJob.getByLabel('考核指标（KPI）')).toHaveValue('客户满意度、客户保留率、投诉按时办结率');

  // The specialist may not submit; the manager does.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '这一步只能由客户服务经理完成' })).toBeVisible();
  await page.getByRole('link', { name: '返回子项目列表' }).click();
  await page.getByRole('button', { name: '换人' }).click();
  await page.getByRole('button', { name: managerName }).click();
  await page.getByRole('link', { name: '客户服务部门与岗位设计' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '提交' }).click();
  const score = page.getByTestId('team-score');
  await expect(score).toContainText('项本部门职责');
  await expect(score).toContainText('职务说明书填写了 3 / 21 项内容。');
  await expect(score).toContainText('职务说明书的质量由教师按评分标准评定。');
  await expect(score).not.toContainText('duty:');
  await expect(score).toContainText('客户服务顾问 · 岗位名称（遗漏）；');
  await expect(workspace.getByText(/本部门职责（应由|不属于本部门/).first()).toBeVisible();
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp02-scored-zh.png`, fullPage: true });

  await shell.switchLanguage('English');
  await expect(score).toContainText('job-description fields are filled in');
  await expect(workspace.getByRole('group', { name: 'Job description: Customer-service manager' })).toBeVisible();
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp02-scored-en.png`, fullPage: true });
});
