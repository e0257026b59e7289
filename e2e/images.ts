import { expect, type Page } from '@playwright/test';
import { withPreferences, type ControlClient, type Locale, type Theme } from './fixtures';

/**
 * The Images page (`search` included) on freshly seeded emulators at the documented durations, so a job runs until
 * the test moves the emulator clock. The first visit starts the mock worker; the control API answers after it.
 * The request log is cleared once the page has loaded: what it holds afterwards is what the test did.
 */
export async function openImagesAtRealTime(page: Page, control: ControlClient, prefs: { locale: Locale; theme?: Theme }, search = '') {
  await withPreferences(page, prefs);
  await page.goto(`/images${search}`);
  await expect(page.getByTestId('images-table')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await control.settings({ timeScale: 1 });
  await page.reload();
  await expect(page.getByTestId('images-table')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('images-loading')).toHaveCount(0, { timeout: 20_000 });
  await control.clearRequests();
}

/** The DBC center file at `server:ID_1/<file>`, searched for on the Images page, on fresh emulators at real durations. */
export async function openCenterFileAtRealTime(page: Page, control: ControlClient, prefs: { locale: Locale; theme?: Theme }, file: string) {
  await withPreferences(page, prefs);
  await page.goto(`/images?q=${file}`);
  await expect(page.getByTestId('images-table')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await control.settings({ timeScale: 1 });
  await control.clearRequests();
  await page.reload();
  await expect(page.getByTestId(`image-actions-server:ID_1/${file}`)).toBeVisible({ timeout: 20_000 });
}

/** The Images page on freshly seeded emulators (demo durations), the request log cleared before the page reads them. */
export async function openImagesOnFreshEmulators(page: Page, control: ControlClient, prefs: { locale: Locale; theme?: Theme }) {
  await withPreferences(page, prefs);
  await page.goto('/images');
  await expect(page.getByTestId('images-table')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await control.clearRequests();
  await page.reload();
  // The console renders once its mock worker runs: after this the control API answers again.
  await expect(page.getByTestId('images-table')).toBeVisible({ timeout: 20_000 });
}
