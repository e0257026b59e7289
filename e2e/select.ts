import { expect, type Page } from '@playwright/test';

/**
 * Picks options of an antd multi-select (by its test id), then closes its dropdown. A click that lands while the page
 * re-renders can leave the dropdown shut, so it is opened until it is open.
 */
export async function pickOptions(page: Page, testId: string, labels: string[]) {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    if ((await dropdown.count()) === 0) await page.getByTestId(testId).getByRole('combobox').click({ force: true });
    await expect(dropdown).toBeVisible({ timeout: 2_000 });
  }).toPass();
  for (const label of labels) await dropdown.getByTitle(label, { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(dropdown).toHaveCount(0);
}
