import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppShell, SCREENSHOT_DIR } from './pages';

const SCENARIOS = [
  { id: 'car-market', zh: /A市汽车交易市场/, en: /A-City Automobile Trading Market/ },
  { id: 'securities-firm', zh: /证券/, en: /Securities/ },
  { id: 'textile-sme', zh: /纺织/, en: /Textile/ },
];

test('the library lists the three scenarios, in both languages', async ({ page }) => {
  const shell = new AppShell(page);
  await page.goto('/');
  await shell.openLibrary();
  for (const scenario of SCENARIOS) {
    await expect(page.getByTestId(`scenario-${scenario.id}`).getByRole('heading', { level: 2 })).toHaveText(
      scenario.zh,
    );
  }
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/library-zh.png`, fullPage: true });

  await shell.switchLanguage('English');
  for (const scenario of SCENARIOS) {
    await expect(page.getByTestId(`scenario-${scenario.id}`).getByRole('heading', { level: 2 })).toHaveText(
      scenario.en,
    );
  }
  await shell.expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/library-en.png`, fullPage: true });
});

for (const scenario of SCENARIOS) {
  test(`the ${scenario.id} dossier opens with every section and the role briefs`, async ({ page }) => {
    const shell = new AppShell(page);
    await page.goto('/scenarios');
    await page.getByTestId(`scenario-${scenario.id}`).getByRole('link', { name: '查看案例' }).click();
    await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.zh);
    for (const section of [
      '案例背景',
      '大事记',
      '关键数据',
      '人物',
      '客户群体',
      '企业面临的问题',
      '岗位任务说明',
      '术语表',
      '十二个子项目',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expect(page.locator('#subprojects tbody tr')).toHaveCount(12);
    expect(await page.locator('#timeline tbody tr').count()).toBeGreaterThan(3);
    await expect(page.locator('#subprojects tfoot')).toContainText('100');

    await page.getByRole('tab', { name: '客户服务专员' }).click();
    await expect(page.getByRole('tab', { name: '客户服务专员' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel').getByRole('heading', { name: '只有你知道的情况' })).toBeVisible();
    await shell.expectNoRawKeys();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/dossier-${scenario.id}-zh.png`, fullPage: true });

    await shell.switchLanguage('English');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(scenario.en);
    await expect(page.getByRole('heading', { level: 2, name: 'Role briefs' })).toBeVisible();
    await shell.expectNoRawKeys();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/dossier-${scenario.id}-en.png`, fullPage: true });
  });
}

test.describe('with a broken bundled file', () => {
  // Requests answered by the service worker's precache bypass page.route, so the worker is kept out here.
  test.use({ serviceWorkers: 'block' });

  test('a bundled scenario that fails validation shows its problems instead of crashing', async ({ page }) => {
    await page.route('**/assets/textile-sme-*.json', async (route) => {
      const response = await route.fetch();
      const scenario = await response.json();
      scenario.subprojects[4].points = 'ten';
      delete scenario.dossier.people;
      await route.fulfill({ response, json: scenario });
    });
    await page.goto('/scenarios');
    const broken = page.getByTestId('invalid-textile-sme.json');
    await expect(broken).toContainText('textile-sme.json');
    await expect(broken).toContainText('subprojects[4].points');
    await expect(broken).toContainText('dossier.people');
    await expect(page.getByTestId('scenario-car-market')).toBeVisible();
    await page.goto('/scenarios/textile-sme');
    await expect(page.getByRole('alert')).toContainText('subprojects[4].points');
  });
});

test('an instructor adds a scenario file; a broken file is refused with every problem and stored data stays', async ({
  page,
}) => {
  const minimal = readFileSync('tests/fixtures/minimal-scenario.json', 'utf8');
  const broken = readFileSync('tests/fixtures/invalid/several-problems.json', 'utf8');
  const chooseFile = (name: string, content: string) =>
    page
      .getByLabel('选择 JSON 文件')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

  await page.goto('/scenarios');
  await chooseFile('bakery.json', minimal);
  await expect(page.getByText('已导入案例“测试用面包店”。')).toBeVisible();
  await expect(page.getByTestId('scenario-test-bakery')).toBeVisible();

  await chooseFile('bakery-v2.json', broken);
  const alert = page.getByRole('alert').filter({ hasText: 'bakery-v2.json' });
  await expect(alert).toContainText('共有 4 处问题');
  await expect(alert).toContainText('subprojects[4].points');
  await expect(alert).toContainText('dossier.people[0].title');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/library-import-refused-zh.png`, fullPage: true });

  await page.reload();
  await expect(page.getByTestId('scenario-test-bakery').getByRole('heading')).toHaveText('测试用面包店');
  await page.getByTestId('scenario-test-bakery').getByRole('link', { name: '查看案例' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('测试用面包店');

  await page.goto('/scenarios');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('scenario-test-bakery').getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('scenario-test-bakery')).toHaveCount(0);
});
