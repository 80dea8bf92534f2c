import { expect, test } from '@playwright/test';
import { AppShell, SCREENSHOT_DIR, setUpClassForSubproject } from './pages';

const PHONE = /1\d{2}[- ]?\d{4}[- ]?\d{4}/;

test('sub-project 4: the specialist files raw notes into customer records, validated as typed and saved at once; only the specialist submits; per-field feedback and criteria show in both languages', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const { advisor, specialist } = await setUpClassForSubproject(page, {
    className: '客户档案练习班',
    scenarioId: 'car-market',
    subprojectName: '客户信息档案',
  });

  await page.goto('/team');
  await page.getByRole('link', { name: '第 1 组' }).click();
  await page.getByRole('button', { name: specialist }).click();
  await page.getByRole('link', { name: '客户信息档案' }).click();
  const workspace = page.getByTestId('sp04-workspace');
  await expect(workspace.getByText('冲突处理规则')).toBeVisible();
  await expect(workspace.getByText('还没有档案')).toBeVisible();
  const unfiled = workspace.getByTestId('sp04-unfiled');
  const total = Number((await unfiled.innerText()).match(/共 (\d+) 条/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(30);

  // A record from N01, with the number copied from the note when it has one.
  await workspace.getByRole('button', { name: '用 N01 新建档案' }).click();
  const r1 = workspace.getByRole('group', { name: '档案 R1' });
  await expect(r1).toBeVisible();
  await expect(unfiled).toContainText(`还有 ${total - 1} 条`);
  await expect(r1.getByText('必填项，还没有填写。')).toHaveCount(5);
  await r1.getByLabel('姓名 *').fill('王先生');
  await expect(r1.getByText('请写客户的全名，不要只写称呼。')).toBeVisible();
  await r1.getByLabel('姓名 *').fill('王建国');
  await r1.getByLabel('电话 *').fill('138 2047');
  await expect(r1.getByText('手机号应为 11 位数字，现在是 7 位。')).toBeVisible();
  const noteText = await workspace.getByTestId('note-N01').innerText();
  await r1.getByLabel('电话 *').fill(noteText.match(PHONE)?.[0] ?? '138-2047-5531');
  await expect(r1.getByText(/手机号应为/)).toHaveCount(0);
  await r1.getByLabel('电话 *').blur();
  await r1.getByLabel('地区 *').selectOption({ index: 1 });
  await r1.getByLabel('客户类型 *').selectOption({ index: 1 });
  await r1.getByLabel('狭义/广义 *').selectOption('narrow');
  await expect(r1.getByText('必填项，还没有填写。')).toHaveCount(0);

  // Merge: N02 goes into R1, N03 starts R2 and is then moved into R1 too; the empty R2 is deleted.
  await workspace.getByRole('combobox', { name: '把 N02 归入档案' }).selectOption('R1');
  await expect(workspace.getByTestId('note-N02')).toContainText('已归入 R1');
  await workspace.getByRole('button', { name: '用 N03 新建档案' }).click();
  await workspace.getByRole('combobox', { name: '把 N03 归入档案' }).selectOption('R1');
  const r2 = workspace.getByRole('group', { name: '档案 R2' });
  await expect(r2.getByText('这份档案没有来源记录')).toBeVisible();
  await r2.getByRole('button', { name: '删除档案 R2' }).click();
  await expect(r2).toHaveCount(0);
  await r1.getByRole('button', { name: '把 N03 移出 R1' }).click();
  await expect(workspace.getByTestId('note-N03')).toContainText('未归档');
  await workspace.getByRole('button', { name: '用 N04 新建档案' }).click();
  await expect(workspace.getByRole('group', { name: '档案 R2' })).toBeVisible();
  await workspace.getByLabel('只看未归档的记录').check();
  await expect(workspace.getByTestId('note-N01')).toHaveCount(0);
  await workspace.getByLabel('只看未归档的记录').uncheck();

  await expect(page.getByTestId('save-status')).toHaveText('所有修改已保存');
  await page.reload();
  await expect(r1.getByLabel('姓名 *')).toHaveValue('王建国');
  await expect(r1.getByLabel('狭义/广义 *')).toHaveValue('narrow');
  await expect(r1.getByRole('button', { name: /移出 R1/ })).toHaveCount(2);
  await expect(unfiled).toContainText(`还有 ${total - 3} 条`);
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp04-working-zh.png` });

  // The advisor may not submit; the specialist does.
  await page.getByRole('link', { name: '返回子项目列表' }).click();
  await page.getByRole('button', { name: '换人' }).click();
  await page.getByRole('button', { name: advisor }).click();
  await page.getByRole('link', { name: '客户信息档案' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '这一步只能由客户服务专员完成' })).toBeVisible();
  await page.getByRole('link', { name: '返回子项目列表' }).click();
  await page.getByRole('button', { name: '换人' }).click();
  await page.getByRole('button', { name: specialist }).click();
  await page.getByRole('link', { name: '客户信息档案' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '提交' }).click();

  const score = page.getByTestId('team-score');
  await expect(score).toContainText('重复记录合并');
  await expect(score).toContainText('字段准确率');
  await expect(score).toContainText(/R1 · 姓名（[^）]+）（错误）/);
  await expect(score).not.toContainText('field:');
  await expect(score).not.toContainText('customer:C');
  await expect(r1.getByText(/对应客户：/)).toBeVisible();
  await expect(r1.getByText(/应为：/).first()).toBeVisible();
  await expect(workspace.getByText(/实际属于：/).first()).toBeVisible();
  await expect(workspace.getByText('没有建立档案的客户')).toBeVisible();
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp04-scored-zh.png`, fullPage: true });

  await shell.switchLanguage('English');
  await expect(score).toContainText('Duplicates merged');
  await expect(workspace.getByRole('group', { name: 'Record R1' })).toBeVisible();
  await expect(workspace.getByText('Customers without a record')).toBeVisible();
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp04-scored-en.png`, fullPage: true });
});
