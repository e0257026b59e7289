import type { Page } from '@playwright/test';
import { consoleStorage, expect, shot, test, withPreferences, type ControlClient } from './fixtures';

const DEMO_SESSION = '3eqzTjUrxSqyyFj9ujKeqa4iu8dGR8iqHd2YKVQar46gsUCLpZKh3JL';
const DEMO_SIGN = '0x1e69dfaf13bf9bb6966e9ef3a6dd8473887cd7c52398410663a6db6fcf50c64105e4c95cf6ab5fa6969cbeec96b641d0435980a1b39ec9eb7e989198e4d34e81';
const DEMO_WALLET = '5FnM3q7xYy11hnmLavBAv3HZvhcnsZ7SfmtksxoBArFWzJEQ';

/** The demo connection starts with the demo session pre-filled: sign out first, as a new renter would be. */
async function signedOutPanel(page: Page) {
  await page.goto('/nodes');
  const panel = page.getByTestId('renter-demo-dbc');
  await expect(panel.getByTestId('renter-status')).toContainText('Signed in with a pasted session');
  await panel.getByTestId('renter-sign-out').click();
  await expect(panel.getByTestId('renter-status')).toContainText('Not signed in');
  return panel;
}

/** The session-id requests (`/api/v1/mining_nodes/session_id`) the DBC emulator received, with their bodies. */
async function sessionIdRequests(control: ControlClient) {
  return control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/mining_nodes/session_id' });
}

/** The overview's health card for the DBC connection says whether the probe counts it as signed in. */
async function expectOverviewSignedIn(page: Page) {
  await page.getByRole('link', { name: 'Overview' }).first().click();
  await expect(page.getByTestId('health-demo-dbc')).toContainText(/signed in/i);
}

test.describe('Renter identity (DBC)', () => {
  test.beforeEach(async ({ page }) => {
    await withPreferences(page, { locale: 'en' });
  });

  test('paste session: validation, then signed in with the session shown for copying', async ({ page, control }) => {
    const panel = await signedOutPanel(page);
    await panel.getByRole('tab', { name: 'Paste session' }).click();
    const form = panel.getByTestId('renter-paste-form');
    await form.getByLabel('Session id').fill('has spaces in it');
    await form.getByLabel('Session signature').fill('0x1234');
    await form.getByTestId('renter-paste-save').click();
    await expect(form).toContainText('A session id is a single word of letters and digits (no spaces)');
    await expect(form).toContainText('A signature is 128 hex characters, optionally starting with 0x');
    await expect(form.getByLabel('Session id')).toHaveValue('has spaces in it');
    await form.getByLabel('Session id').fill(DEMO_SESSION);
    await form.getByLabel('Session signature').fill(DEMO_SIGN);
    await control.clearRequests();
    await form.getByTestId('renter-paste-save').click();
    await expect(panel.getByTestId('renter-status')).toContainText('Signed in with a pasted session');
    await expect(panel.getByTestId('renter-session-id')).toHaveText(DEMO_SESSION);
    await shot(page, 'renter-pasted-en');
    await expectOverviewSignedIn(page);
    // The nodes were then asked for the renter's VMs with the pasted pair, exactly as typed; nothing asked for a new session.
    await expect
      .poll(async () => (await control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/tasks' })).filter((r) => r.path === '/api/v1/tasks').map((r) => r.body))
      .toContainEqual(expect.objectContaining({ session_id: DEMO_SESSION, session_id_sign: DEMO_SIGN }));
    expect(await sessionIdRequests(control)).toEqual([]);
  });

  test('demo wallet: signs a nonce, gets the session id from the node, signs it; nothing secret is stored', async ({ page, control }) => {
    const panel = await signedOutPanel(page);
    await panel.getByRole('tab', { name: 'Demo wallet' }).click();
    await shot(page, 'renter-signed-out-en');
    await panel.getByTestId('renter-demo-sign-in').click();
    await expect(panel.getByTestId('renter-status')).toContainText(`Signed in as ${DEMO_WALLET}`);
    await expect(panel.getByTestId('renter-session-id')).toHaveText(DEMO_SESSION);
    // The node was asked once, with a wallet signature of a nonce, and answered; never with the mnemonic.
    const asked = await sessionIdRequests(control);
    expect(asked).toEqual([
      expect.objectContaining({ status: 200, body: expect.objectContaining({ wallet: DEMO_WALLET, nonce: expect.any(String), sign: expect.stringMatching(/^0x[0-9a-f]{128}$/) }) }),
    ]);
    expect(JSON.stringify(await control.requests())).not.toContain('puppy');
    const stored = await consoleStorage(page);
    expect(stored).not.toContain('puppy');
    expect(stored).not.toContain(DEMO_SESSION);
    await shot(page, 'renter-demo-wallet-en');
    await expectOverviewSignedIn(page);
  });

  test('remember for this tab keeps the session over a reload (sessionStorage only)', async ({ page }) => {
    const panel = await signedOutPanel(page);
    await panel.getByRole('tab', { name: 'Paste session' }).click();
    await panel.getByText('Remember for this tab').click();
    await panel.getByLabel('Session id').fill(DEMO_SESSION);
    await panel.getByLabel('Session signature').fill(DEMO_SIGN);
    await panel.getByTestId('renter-paste-save').click();
    await expect(panel.getByTestId('renter-session-id')).toHaveText(DEMO_SESSION);
    expect(await consoleStorage(page, 'localStorage')).not.toContain(DEMO_SESSION);
    expect(await consoleStorage(page, 'sessionStorage')).toContain(DEMO_SESSION);
    await page.reload();
    await expect(page.getByTestId('renter-demo-dbc').getByTestId('renter-session-id')).toHaveText(DEMO_SESSION);
  });

  test('browser wallet without an extension says so, and explains the <Bytes> caveat', async ({ page }) => {
    const panel = await signedOutPanel(page);
    await panel.getByRole('tab', { name: 'Browser wallet' }).click();
    await expect(panel).toContainText('<Bytes>');
    await panel.getByTestId('renter-ext-connect').click();
    await expect(panel).toContainText('No polkadot{.js} extension found in this browser.');
  });

  test('browser wallet through extension-dapp: the account is listed, the extension signs, the node judges', async ({ page, control }) => {
    // A stand-in polkadot{.js}: it shares the demo account and answers every signRaw with a signature the
    // node cannot verify (it holds no key), recording what it was asked to sign.
    await page.addInitScript((address) => {
      const asked: unknown[] = [];
      Object.assign(window, {
        __walletAsked: asked,
        injectedWeb3: {
          'polkadot-js': {
            version: '0.63.1',
            enable: async () => ({
              accounts: { get: async () => [{ address, name: 'e2e renter' }] },
              signer: { signRaw: async (payload: unknown) => (asked.push(payload), { id: asked.length, signature: `0x${'11'.repeat(64)}` }) },
            }),
          },
        },
      });
    }, DEMO_WALLET);
    const panel = await signedOutPanel(page);
    await panel.getByRole('tab', { name: 'Browser wallet' }).click();
    await panel.getByTestId('renter-ext-connect').click();
    await expect(panel.getByRole('combobox', { name: 'Account' })).toBeVisible();
    await expect(panel).toContainText(`e2e renter · ${DEMO_WALLET}`);
    await panel.getByRole('button', { name: 'Sign in with this account' }).click();
    // The node refuses the made-up signature with its own message; the panel stays signed out.
    await expect(panel).toContainText('check authority failed');
    await expect(panel.getByTestId('renter-status')).toContainText('Not signed in');
    const asked = (await page.evaluate(() => (window as unknown as { __walletAsked: Array<{ address: string; type: string; data: string }> }).__walletAsked)) ?? [];
    expect(asked[0]).toMatchObject({ address: DEMO_WALLET, type: 'bytes', data: expect.stringMatching(/^0x[0-9a-f]+$/) });
    // The node judged the extension's signature itself: the request carried it, and was refused.
    const sent = await sessionIdRequests(control);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]?.body).toMatchObject({ wallet: DEMO_WALLET, sign: `0x${'11'.repeat(64)}` });
  });

  test('zh-CN: the panel in Chinese', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('vmdeck.preferences', JSON.stringify({ state: { locale: 'zh-CN', theme: 'light', hiddenColumns: {} }, version: 1 })));
    await page.goto('/nodes');
    const panel = page.getByTestId('renter-demo-dbc');
    await expect(panel).toContainText('租用者身份');
    await panel.getByTestId('renter-sign-out').click();
    await panel.getByRole('tab', { name: '演示钱包' }).click();
    await expect(panel).toContainText('未登录');
    await shot(page, 'renter-signed-out-zh');
    await panel.getByTestId('renter-demo-sign-in').click();
    await expect(panel.getByTestId('renter-status')).toContainText('已登录：5FnM3q7x');
    await shot(page, 'renter-demo-wallet-zh');
  });
});
