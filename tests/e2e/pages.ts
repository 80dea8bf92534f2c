import { expect, type Page } from '@playwright/test';

/** Where screenshots for people to look at are kept (under the test output). */
export const SCREENSHOT_DIR = 'test-results/screenshots';

/** Page object for the app shell shared by every page. */
export class AppShell {
  constructor(readonly page: Page) {}

  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.page
      .getByRole('group', { name: /界面语言|Interface language/ })
      .getByRole('button', { name: label })
      .click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', label === '中文' ? 'zh-CN' : 'en');
  }

  async openLibrary(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /案例库|Scenario library/ })
      .click();
    await expect(this.page.getByTestId('scenario-list')).toBeVisible();
  }

  /** Fails on any text that looks like an untranslated i18n key (e.g. "library.title"). */
  async expectNoRawKeys(): Promise<void> {
    const text = await this.page.locator('body').innerText();
    expect(text).not.toMatch(
      /\b(app|nav|start|library|scenario|roles|groups|status|error|notFound|language|subprojects|criteria|lifecycle|team|grading|sp0[1-9]|sp1[0-2])\.[a-zA-Z-]+\b/,
    );
  }
}

/**
 * Sets up a class as an instructor would for one sub-project: a new class on
 * `scenarioId` with fixed roles, a three-student roster, one team, the
 * sub-project opened. Returns the members' names in role order
 * (manager, specialist, advisor: fixed roles are dealt in member order).
 */
export async function setUpClassForSubproject(
  page: Page,
  options: { className: string; scenarioId: string; subprojectName: string },
): Promise<{ manager: string; specialist: string; advisor: string }> {
  await page.goto('/instructor/classes/new');
  await page.getByLabel('班级名称').fill(options.className);
  await page.getByRole('combobox', { name: '案例', exact: true }).selectOption(options.scenarioId);
  await page.getByRole('radio', { name: '整个学期固定岗位' }).check();
  await page.getByRole('button', { name: '创建班级' }).click();
  const roster = ['学号,姓名', '1,张三', '2,李四', '3,王五'].join('\n');
  await page
    .getByLabel('选择 CSV 文件')
    .setInputFiles({ name: 'r.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) });
  await expect(page.getByTestId('roster-outcome')).toContainText('已导入 3 名新学生');
  await page.getByRole('link', { name: '小组与岗位' }).click();
  await page.getByLabel('每组人数（3–8）').fill('3');
  await page.getByRole('button', { name: '按名单自动分组' }).click();
  await expect(page.getByTestId('team-1')).toBeVisible();
  const [manager = '', specialist = '', advisor = ''] = (
    await page.getByTestId('team-1').locator('tbody tr td:first-child').allInnerTexts()
  ).map((name) => name.trim());
  await page.getByRole('link', { name: '进度与截止时间' }).click();
  await page.getByLabel(`${options.subprojectName} 开放`).click();
  await expect(page.getByLabel(`${options.subprojectName} 开放`)).toBeChecked();
  return { manager, specialist, advisor };
}
