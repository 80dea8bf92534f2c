import { expect, test } from '@playwright/test';
import { AppShell, SCREENSHOT_DIR } from './pages';

test('after one visit the app and the scenario library work with no network', async ({ page, context }) => {
  await page.goto('/');
  // The service worker has precached the app shell and the scenario files once it controls the page.
  await expect(page.getByTestId('device-status')).toHaveAttribute('data-offline', 'ready');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '欢迎使用' })).toBeVisible();

  const shell = new AppShell(page);
  await shell.openLibrary();
  await expect(page.getByTestId('scenario-car-market')).toBeVisible();
  await expect(page.getByTestId('scenario-securities-firm')).toBeVisible();
  await expect(page.getByTestId('scenario-textile-sme')).toBeVisible();

  // A deep link typed into the address bar while offline is served by the navigation fallback.
  await page.goto('/scenarios/textile-sme');
  await expect(page.getByRole('heading', { level: 2, name: '案例背景' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/offline-dossier-textile-sme.png` });
  await context.setOffline(false);
});
