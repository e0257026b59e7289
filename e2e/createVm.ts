/** What the Create VM specs share: opening the form on the demo node, and the creates the node received. */
import type { Page } from '@playwright/test';
import { expect, withPreferences, type ControlClient, type Locale } from './fixtures';

export const NODE = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
/** Creation takes a fraction of a second at this scale (the page's emulator reads it at start). */
export const FAST = 'timeScale=0.0005';

/** Opens Create VM on node 58fb… over freshly seeded emulators; `scale` is the emulator's time scale. */
export async function openCreate(page: Page, control: ControlClient, locale: Locale = 'en', scale = FAST) {
  await withPreferences(page, { locale });
  const url = `/vms/create?connection=demo-dbc&node=${NODE}&${scale}`;
  await page.goto(url);
  await expect(page.getByTestId('create-vm-form')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await page.goto(url);
  await expect(page.getByTestId('create-vm-form')).toBeVisible({ timeout: 20_000 });
}

/** The VM creations the DBC node received (`POST /api/v1/tasks/start`, not `/tasks/start/<id>`). */
export async function creates(control: ControlClient) {
  return (await control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/tasks/start' })).filter((r) => r.path === '/api/v1/tasks/start');
}

export const field = (page: Page, name: string) => page.getByTestId(`field-${name}`);
export const fieldItem = (page: Page, label: string) => page.locator('.ant-form-item', { has: page.getByText(label, { exact: true }) });
