import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppShell, SCREENSHOT_DIR } from './pages';

/** A roster as a teacher would export it from a spreadsheet: Chinese headers, one bad row. */
const ROSTER = [
  '学号,姓名,邮箱',
  '2024001,张三,zhangsan@example.edu.cn',
  '2024002,李四,lisi@example.edu.cn',
  '2024003,王五,wangwu@example.edu.cn',
  '2024004,赵六,zhaoliu@example.edu.cn',
  ',无学号,',
  '2024005,钱七,qianqi@example.edu.cn',
  '2024006,孙八,sunba@example.edu.cn',
].join('\n');

async function createClass(page: Page) {
  await page.goto('/instructor');
  await page.getByRole('link', { name: '新建班级' }).click();
  await page.getByLabel('班级名称').fill('2024级市场营销1班');
  await page.getByRole('combobox', { name: '案例', exact: true }).selectOption('car-market');
  await page.getByLabel('班级随机种子').fill('K7Q2-9XPM');
  await page.getByRole('button', { name: '创建班级' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '2024级市场营销1班' })).toBeVisible();
}

test('an instructor runs a class: roster, teams, a sub-project, a team submits, the instructor grades and exports', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await createClass(page);

  // Roster from CSV: good rows kept, the bad row reported with its line.
  await page
    .getByLabel('选择 CSV 文件')
    .setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${ROSTER}`) });
  await expect(page.getByTestId('roster-outcome')).toContainText('已导入 6 名新学生');
  await expect(page.getByTestId('roster-outcome')).toContainText('第 6 行: 缺少学号');
  await expect(page.getByTestId('roster-table').getByRole('row')).toHaveCount(7);
  await page.reload();
  await expect(page.getByTestId('roster-table').getByRole('row')).toHaveCount(7);

  // Teams of three, formed from the class seed.
  await page.getByRole('link', { name: '小组与岗位' }).click();
  await page.getByLabel('每组人数（3–8）').fill('3');
  await page.getByRole('button', { name: '按名单自动分组' }).click();
  await expect(page.getByTestId('team-1')).toBeVisible();
  await expect(page.getByTestId('team-2')).toBeVisible();
  const team1 = page.getByTestId('team-1');
  // Roles rotate: for sub-project 7 they are dealt six places on from sub-project 1.
  const holderOf = async (role: string) => {
    const rows = team1.locator('tbody tr');
    for (let i = 0; i < (await rows.count()); i += 1) {
      if ((await rows.nth(i).locator('select').first().inputValue()) === role)
        return (await rows.nth(i).locator('td').first().innerText()).trim();
    }
    throw new Error(`nobody holds ${role}`);
  };
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/class-teams-zh.png`, fullPage: true });

  // Open sub-project 7 (its own workspace is not built yet: working notes stand in).
  await page.getByRole('link', { name: '进度与截止时间' }).click();
  await page.getByLabel('接触渠道与服务流程 开放').click();
  await expect(page.getByLabel('接触渠道与服务流程 开放')).toBeChecked();
  // Re-weighting: refused until the points add up to 100 again, then saved and kept after a reload.
  await page.getByLabel('客户流失预警与挽回 分值').fill('10');
  await expect(page.getByRole('alert')).toHaveText('各子项目分值之和必须是 100，现在是 102。');
  await expect(page.getByRole('button', { name: '保存分值' })).toBeDisabled();
  await page.getByLabel('CRM实施方案与绩效评估 分值').fill('6');
  await page.getByRole('button', { name: '保存分值' }).click();
  // Saved once the button greys out again (nothing left to save).
  await expect(page.getByRole('button', { name: '保存分值' })).toBeDisabled();
  await page.reload();
  await expect(page.getByLabel('客户流失预警与挽回 分值')).toHaveValue('10');
  await expect(page.getByLabel('CRM实施方案与绩效评估 分值')).toHaveValue('6');
  await page.getByRole('link', { name: '小组与岗位' }).click();
  await expect(team1.getByRole('columnheader', { name: '岗位（子项目 7）' })).toBeVisible();
  const manager = await holderOf('manager');
  const specialist = await holderOf('specialist');

  // A team member works: notes are saved as typed and survive a reload.
  await page.goto('/team');
  await page.getByRole('link', { name: '第 1 组' }).click();
  await page.getByRole('button', { name: specialist }).click();
  await page.getByRole('link', { name: '接触渠道与服务流程' }).click();
  await expect(page.getByTestId('you-are')).toContainText(`${specialist} · 本子项目岗位：客户服务专员`);
  await page.getByLabel('工作笔记').fill('购车流程：咨询 → 看车 → 试驾 → 签约 → 过户；在咨询和签约时登记客户信息。');
  await expect(page.getByText('已保存')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('工作笔记')).toHaveValue(
    '购车流程：咨询 → 看车 → 试驾 → 签约 → 过户；在咨询和签约时登记客户信息。',
  );

  // The specialist may not submit: the message says who may.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('alert')).toContainText('这一步只能由客户服务经理完成，你当前的岗位是客户服务专员');

  // The manager submits; the score and every criterion's explanation show.
  await page.getByRole('link', { name: '返回子项目列表' }).click();
  await page.getByRole('button', { name: '换人' }).click();
  await page.getByRole('button', { name: manager }).click();
  await page.getByRole('link', { name: '接触渠道与服务流程' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '提交' }).click();
  const score = page.getByTestId('team-score');
  await expect(score).toContainText('得分');
  await expect(score).toContainText('由正确的岗位完成提交（客户服务经理）。');
  await expect(score).toContainText('这个子项目的自动评分尚未提供，由教师评定这部分分数。');
  await expect(page.getByLabel('工作笔记')).toHaveJSProperty('readOnly', true);
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/team-scored-zh.png`, fullPage: true });

  // The instructor sees it on the dashboard and overrides with a reason.
  await page.goto('/instructor');
  await page.getByRole('link', { name: '进入班级' }).click();
  await page.getByRole('link', { name: '班级看板' }).click();
  const row = page.getByTestId('matrix-team-1');
  await expect(row).toContainText('已评分');
  await expect(row).toContainText('0.55');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-zh.png`, fullPage: true });
  await row.getByRole('link', { name: /第 1 组 接触渠道与服务流程/ }).click();
  await expect(page.getByTestId('auto-score')).toHaveText('0.55 / 6 分');
  // The pending part is graded with the rubric: (8 + 1 process point) / 11 of 6 points.
  await page.getByLabel('评定分数（0–10）').fill('12');
  await page.getByRole('button', { name: '保存评分' }).click();
  await expect(page.getByText('分数必须在 0 到 10 之间。')).toBeVisible();
  await page.getByLabel('评定分数（0–10）').fill('8');
  await page.getByLabel('评语（学生可见）').fill('流程步骤完整，数据采集点还可以更具体。');
  await page.getByRole('button', { name: '保存评分' }).click();
  await expect(page.getByTestId('auto-score')).toHaveText('4.91 / 6 分');
  await expect(page.getByTestId('criteria')).toContainText('教师按评分标准评定：8 / 10 分。流程步骤完整');
  await page.getByLabel('改为（0–6 分）').fill('5');
  await page.getByRole('button', { name: '保存改分' }).click();
  await expect(page.getByText('请写明改分理由。')).toBeVisible();
  await page.getByLabel('改分理由（必填）').fill('服务蓝图完整地标出了各环节的负责岗位');
  await page.getByRole('button', { name: '保存改分' }).click();
  await expect(page.getByTestId('final-score')).toHaveText('5 / 6 分');
  await expect(page.getByTestId('auto-score')).toHaveText('4.91 / 6 分');
  await page.reload();
  await expect(page.getByTestId('final-score')).toHaveText('5 / 6 分');
  await shell.expectNoRawKeys();

  // Moodle CSV: downloaded and checked.
  await page.getByRole('link', { name: '返回看板' }).click();
  await page.getByRole('link', { name: '成绩导出' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Moodle（按学号）' }).click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  const lines = text.split('\r\n');
  expect(text.startsWith('\uFEFFID number,01 企业CRM诊断,02 客户服务部门与岗位设计,03 寻找潜在客户,')).toBe(true);
  expect(lines).toHaveLength(8); // header + 6 students + final CRLF
  const teamOneLines = lines.filter((line) => /^2024\d{3},,,,,,,5,/.test(line));
  expect(teamOneLines).toHaveLength(3);
  expect(teamOneLines[0]).toMatch(/^2024\d{3},,,,,,,5,,,,,,5$/);

  // The printable team report: totals, every sub-project, explanations (print media).
  await page.getByRole('link', { name: '班级看板' }).click();
  await page.getByTestId('matrix-team-1').getByRole('link', { name: '成绩报告' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024级市场营销1班 · 第 1 组 成绩报告');
  await expect(page.getByText('小组总分：5 分')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^7\. 接触渠道与服务流程 — 5 \/ 6 分$/ })).toBeVisible();
  await expect(page.locator('.recharts-polar-grid')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印 / 另存为 PDF' })).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/team-report-print-zh.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: '返回看板' }).click();

  // The same screens in English, with no untranslated text.
  await shell.switchLanguage('English');
  await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('matrix-team-1')).toContainText('Scored');
  await expect(page.getByRole('heading', { name: 'Team ranking' })).toBeVisible();
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-en.png`, fullPage: true });
  await page.getByTestId('matrix-team-1').getByRole('link', { name: 'View as the team' }).click();
  await expect(page).toHaveURL(/\/team\/.+\?view=instructor$/);
  await page
    .getByTestId('team-subprojects')
    .getByRole('link', { name: 'Channels & service blueprint', exact: true })
    .click();
  await expect(page.getByTestId('team-score')).toContainText('Submitted by the right role (Customer-service manager).');
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/team-scored-en.png`, fullPage: true });
});

test('the PIN keeps students out of the instructor area and the recovery code removes it without losing data', async ({
  page,
}) => {
  await createClass(page);
  await page.goto('/instructor');
  await page.getByLabel('新 PIN（4–8 位数字）').fill('12');
  await expect(page.getByText('PIN 必须是 4–8 位数字。')).toBeVisible();
  await page.getByLabel('新 PIN（4–8 位数字）').fill('2468');
  await page.getByRole('button', { name: '保存 PIN' }).click();
  const code = (await page.getByTestId('recovery-code').innerText()).trim();
  await page.getByRole('button', { name: '已抄下' }).click();
  await page.getByRole('button', { name: '锁定教师区' }).click();

  await expect(page.getByRole('heading', { name: '教师区已加锁' })).toBeVisible();
  await page.goto('/instructor/classes/new');
  await expect(page.getByRole('heading', { name: '教师区已加锁' })).toBeVisible();
  await page.getByLabel('输入教师 PIN').fill('1111');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('alert')).toHaveText('PIN 不正确。');
  await page.getByLabel('输入教师 PIN').fill('2468');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('heading', { name: '新建班级' })).toBeVisible();

  // A new tab (a student on the same PC) must unlock again; the recovery code removes the PIN.
  const other = await page.context().newPage();
  await other.goto('/instructor');
  await expect(other.getByRole('heading', { name: '教师区已加锁' })).toBeVisible();
  // The instructor's read-only view of a team is locked too.
  await other.goto('/team/any-class/any-team?view=instructor');
  await expect(other.getByRole('heading', { name: '教师区已加锁' })).toBeVisible();
  await other.goto('/team/any-class/any-team/sp01-diagnosis?view=instructor');
  await expect(other.getByRole('heading', { name: '教师区已加锁' })).toBeVisible();
  await other.goto('/instructor');
  await other.getByRole('button', { name: '忘记 PIN？' }).click();
  await other.getByLabel('恢复码').fill(code.toLowerCase());
  await other.getByRole('button', { name: '用恢复码解除 PIN' }).click();
  await expect(other.getByRole('heading', { name: '教师工作台' })).toBeVisible();
  await expect(other.getByTestId('class-list')).toContainText('2024级市场营销1班');
  await expect(other.getByRole('heading', { name: '设置教师 PIN' })).toBeVisible();
});
