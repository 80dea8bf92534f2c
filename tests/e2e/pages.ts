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
      /\b(app|nav|start|library|scenario|roles|groups|status|error|notFound|language|subprojects)\.[a-zA-Z-]+\b/,
    );
  }
}
