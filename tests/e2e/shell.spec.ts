import { expect, test } from '@playwright/test';
import { AppShell, SCREENSHOT_DIR } from './pages';

test('the start page renders in Chinese by default', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '我是教师' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '我是学生小组' })).toBeVisible();
  await expect(page.getByText('12. CRM实施方案与绩效评估')).toBeVisible();
  await new AppShell(page).expectNoRawKeys();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/start-zh.png`, fullPage: true });
});

test('the language switch changes the interface and is remembered after a reload', async ({ page }) => {
  const shell = new AppShell(page);
  await page.goto('/');
  await shell.switchLanguage('English');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await shell.expectNoRawKeys();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/start-en.png`, fullPage: true });
  await shell.switchLanguage('中文');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();
});

test('an unknown address shows the not-found page with a way home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();
});
