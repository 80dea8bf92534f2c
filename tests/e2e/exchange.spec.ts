import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './pages';

const ROSTER = [
  '学号,姓名,小组',
  '2024001,张三,1',
  '2024002,李四,1',
  '2024003,王五,1',
  '2024004,赵六,2',
  '2024005,钱七,2',
  '2024006,孙八,2',
].join('\n');

async function downloadFrom(page: Page, button: string): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await pending;
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('one computer per team: class pack out, offline work, submission back, re-scored; refusals change nothing; backup round trip', async ({
  browser,
}) => {
  // The instructor's computer.
  const instructor = await (await browser.newContext()).newPage();
  await instructor.goto('/instructor/classes/new');
  await instructor.getByLabel('班级名称').fill('营销2班');
  await instructor.getByRole('button', { name: '创建班级' }).click();
  await instructor
    .getByLabel('选择 CSV 文件')
    .setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER) });
  await expect(instructor.getByTestId('roster-outcome')).toContainText('已导入 6 名新学生');
  await instructor.getByRole('link', { name: '小组与岗位' }).click();
  await instructor.getByLabel('每组人数（3–8）').fill('3');
  await instructor.getByRole('button', { name: '按名单自动分组' }).click();
  // The roster's team column is kept: 张三, 李四, 王五 are team 1.
  await expect(instructor.getByTestId('team-1')).toContainText('张三');
  await expect(instructor.getByTestId('team-1')).toContainText('王五');
  await instructor.getByRole('link', { name: '进度与截止时间' }).click();
  await instructor.getByLabel('接触渠道与服务流程 开放').click();
  await expect(instructor.getByLabel('接触渠道与服务流程 开放')).toBeChecked();
  await instructor.getByRole('link', { name: '文件交换与备份' }).click();
  const pack = await downloadFrom(instructor, '第 1 组数据包');
  expect(pack.name).toBe('营销2班-team-1.class-pack.json');

  // Team 1's own computer, which has never seen the class.
  const teamPage = await (await browser.newContext()).newPage();
  await teamPage.goto('/team');
  await expect(teamPage.getByText('本机还没有班级')).toBeVisible();
  await teamPage
    .getByLabel('选择数据包文件')
    .setInputFiles({ name: pack.name, mimeType: 'application/json', buffer: Buffer.from(pack.text) });
  await expect(teamPage.getByRole('status')).toHaveText('已导入班级“营销2班”。');
  await teamPage.getByRole('link', { name: '第 1 组' }).click();
  // Roles rotate: for sub-project 7 the first member, 张三, is the manager who submits.
  await teamPage.getByRole('button', { name: '张三' }).click();
  await teamPage.getByRole('link', { name: '接触渠道与服务流程' }).click();
  await teamPage.getByLabel('工作笔记').fill('服务蓝图初稿');
  await expect(teamPage.getByText('已保存')).toBeVisible();
  teamPage.once('dialog', (dialog) => void dialog.accept());
  await teamPage.getByRole('button', { name: '提交' }).click();
  await expect(teamPage.getByTestId('team-score')).toBeVisible();
  await teamPage.getByRole('link', { name: '返回子项目列表' }).click();
  const submission = await downloadFrom(teamPage, '导出提交文件');
  expect(submission.name).toBe('营销2班-team-1.submission.json');

  // Back on the instructor's computer: import, import again, a damaged copy, a file of the wrong kind.
  const tampered = submission.text.replace('服务蓝图初稿', '服务蓝图终稿');
  await instructor.getByLabel('选择提交文件').setInputFiles([
    { name: 'team-1.json', mimeType: 'application/json', buffer: Buffer.from(submission.text) },
    { name: 'team-1-again.json', mimeType: 'application/json', buffer: Buffer.from(submission.text) },
    { name: 'team-1-edited.json', mimeType: 'application/json', buffer: Buffer.from(tampered) },
    { name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(pack.text) },
  ]);
  const results = instructor.getByTestId('submission-results');
  await expect(results).toContainText('team-1.json：已导入第 1 组的 2 条新记录。');
  await expect(results).toContainText('team-1-again.json：第 1 组的这份提交已经导入过，没有变化。');
  await expect(results).toContainText('team-1-edited.json：校验失败，文件已损坏或被修改过。');
  await expect(results).toContainText('pack.json：这不是提交文件（是 class-pack）。');
  await instructor.screenshot({ path: `${SCREENSHOT_DIR}/exchange-import-zh.png`, fullPage: true });
  await instructor.getByRole('link', { name: '班级看板' }).click();
  await expect(instructor.getByTestId('matrix-team-1')).toContainText('已评分');

  // Backup, then a damaged restore is refused and the data stays; a good restore brings it back.
  await instructor.getByRole('link', { name: '文件交换与备份' }).click();
  const backup = await downloadFrom(instructor, '下载完整备份');
  instructor.on('dialog', (dialog) => void dialog.accept());
  await instructor.getByLabel('从备份恢复').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text.replace('营销2班', '营销9班')),
  });
  await expect(instructor.getByRole('alert')).toContainText('bad.json：校验失败');
  await instructor
    .getByLabel('从备份恢复')
    .setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await expect(instructor.getByRole('status')).toContainText(`已从 ${backup.name} 恢复全部数据。`);
  await instructor.getByRole('link', { name: '班级看板' }).click();
  await expect(instructor.getByTestId('matrix-team-1')).toContainText('已评分');
});
