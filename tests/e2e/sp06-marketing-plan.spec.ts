import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppShell, SCREENSHOT_DIR, setUpClassForSubproject } from './pages';

const NAME = '营销方案设计';

async function openAs(page: Page, member: string, switchMember: boolean) {
  if (switchMember) {
    await page.getByRole('link', { name: '返回子项目列表' }).click();
    await page.getByRole('button', { name: '换人' }).click();
  } else {
    await page.goto('/team');
    await page.getByRole('link', { name: '第 1 组' }).click();
  }
  await page.getByRole('button', { name: member }).click();
  await page.getByRole('link', { name: NAME }).click();
}

async function planLine(card: Locator, channel: string, offer: string, contacts?: string) {
  await card.getByRole('checkbox', { name: '纳入本次活动' }).check();
  await card.getByRole('combobox', { name: '渠道' }).selectOption({ label: channel });
  await card.getByRole('combobox', { name: '优惠' }).selectOption({ label: offer });
  if (contacts === undefined) await card.getByRole('button', { name: /^全部/ }).click();
  else await card.getByRole('textbox', { name: '接触人数' }).fill(contacts);
}

test('sub-project 6: the advisor plans segments within the budget and states objectives; the advisor submits, the manager approves; the outcome and criteria show in both languages', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const { manager, advisor } = await setUpClassForSubproject(page, {
    className: '营销方案练习班',
    scenarioId: 'car-market',
    subprojectName: NAME,
  });

  await openAs(page, advisor, false);
  const workspace = page.getByTestId('sp06-workspace');
  await expect(workspace.getByTestId('sp06-budget-total')).toHaveText('80,000 元');
  await planLine(workspace.getByRole('article', { name: '有置换意向的老车主' }), '顾问电话回访', '透明估价与置换补贴');
  await planLine(workspace.getByRole('article', { name: '单位购车客户' }), '上门拜访', '单位客户专场品鉴会', '60');
  await planLine(workspace.getByRole('article', { name: '近三年在市场购车的车主' }), '短信群发', '免费安全检测');
  const students = workspace.getByRole('article', { name: '即将拿证的驾校学员' });
  await planLine(students, '市场现场活动', '新手购车礼包', '1500');
  // 5,400 + 18,000 + 3,000 + 60,000 = 86,400 yuan: the bar turns red and says by how much.
  await expect(workspace.getByText('超出预算 6,400 元！请减少接触人数，或换用更便宜的渠道。').first()).toBeVisible();
  await expect(students.getByText('接触费用：1,500 人 × 40 元 = 60,000 元')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp06-over-budget-zh.png`, fullPage: true });
  await students.getByRole('textbox', { name: '接触人数' }).fill('1300');
  await expect(workspace.getByText('还剩 1,600 元。').first()).toBeVisible();

  await workspace.getByRole('button', { name: '添加目标' }).click();
  const first = workspace.getByRole('listitem', { name: '目标 1' });
  await first.getByRole('combobox', { name: '指标' }).selectOption({ label: '活动带来的成交台数' });
  await first.getByRole('textbox', { name: '目标值' }).fill('三百台');
  await expect(first.getByText('目标值要是大于 0 的数字，例如 120 或 15%。')).toBeVisible();
  await first.getByRole('textbox', { name: '目标值' }).fill('300');
  await first.getByLabel('完成日期').fill('2009-08-31');
  await expect(first.getByText('日期要在活动期 2009-04-01 至 2009-06-30 之内。')).toBeVisible();
  await first.getByLabel('完成日期').fill('2009-06-30');
  await expect(first.getByText('格式完整。')).toBeVisible();
  await workspace.getByRole('button', { name: '添加目标' }).click();
  const second = workspace.getByRole('listitem', { name: '目标 2' });
  await second.getByRole('combobox', { name: '指标' }).selectOption({ label: '提升交易市场的品牌形象' });
  await second.getByRole('textbox', { name: '目标值' }).fill('20%');
  await second.getByLabel('完成日期').fill('2009-06-15');
  await workspace
    .getByRole('textbox', { name: /用几句话说明/ })
    .fill('置换车主和单位客户价值最高，用顾问电话和上门拜访；用品超市散客利润太薄，不投入。');
  await workspace.getByRole('textbox', { name: /用几句话说明/ }).blur();

  // Nothing typed is lost on reload.
  await expect(page.getByTestId('save-status')).toHaveText('所有修改已保存');
  await page.reload();
  await expect(students.getByRole('textbox', { name: '接触人数' })).toHaveValue('1300');
  await expect(second.getByRole('textbox', { name: '目标值' })).toHaveValue('20%');
  await expect(workspace.getByRole('textbox', { name: /用几句话说明/ })).toHaveValue(/置换车主/);

  // The advisor submits; the advisor may not approve, the manager does.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByRole('button', { name: '批准提交' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '这一步只能由客户服务经理完成' })).toBeVisible();
  await openAs(page, manager, true);
  await page.getByRole('button', { name: '批准提交' }).click();

  const score = page.getByTestId('team-score');
  await expect(score).toContainText('4 个客户群的方案都完整，接触费用 78,400 元没有超出预算 80,000 元。');
  await expect(score).toContainText('为预算内最佳方案');
  await expect(score).toContainText('1 个可衡量的目标（至少需要 2 个，共写了 2 个）');
  await expect(score).toContainText('提升交易市场的品牌形象（错误）');
  await expect(score).toContainText('方案的创意及与公司策略的契合度由教师按评分标准评定。');
  await expect(score).not.toContainText('segment:');
  const outcome = workspace.getByTestId('sp06-outcome');
  await expect(outcome.getByTestId('sp06-best-outcome').getByRole('row', { name: /即将拿证的驾校学员/ })).toContainText(
    '市场现场活动 + 新手购车礼包',
  );
  await expect(outcome.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(second.getByText('无法衡量')).toBeVisible();
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp06-scored-zh.png`, fullPage: true });

  await shell.switchLanguage('English');
  await expect(score).toContainText('the best plan within the budget earns');
  await expect(workspace.getByRole('article', { name: 'Organisations buying fleets' })).toBeVisible();
  await expect(outcome).toContainText('Expected profit per segment');
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/sp06-scored-en.png`, fullPage: true });
});
