/**
 * The emulators run inside the page (MSW service worker): their real crypto and async flows must work there
 * too, not only in Node. Requests go through the page's fetch, exactly as the console's clients send them.
 */
import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';

const SESSION = {
  session_id: '3eqzTjUrxSqyyFj9ujKeqa4iu8dGR8iqHd2YKVQar46gsUCLpZKh3JL',
  session_id_sign:
    '0x1e69dfaf13bf9bb6966e9ef3a6dd8473887cd7c52398410663a6db6fcf50c64105e4c95cf6ab5fa6969cbeec96b641d0435980a1b39ec9eb7e989198e4d34e81',
};
const NODE = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';

test.beforeEach(async ({ page }) => {
  // Real provider durations: a job moves on only when a test advances the emulator clock, never by itself
  // within a test's few seconds (no race with the machine's speed).
  await page.goto('/?timeScale=1');
  await expect(page.getByTestId('health-demo-dbc')).toContainText('Reachable');
});

test('DBC: the renter session signature is verified (sr25519) in the browser; a forged one is refused', async ({ page }) => {
  const call = (auth: Record<string, string>) =>
    page.evaluate(
      async ({ node, auth }) => {
        const response = await fetch('/mock/dbc/api/v1/tasks', { method: 'POST', body: JSON.stringify({ peer_nodes_list: [node], additional: {}, ...auth }) });
        return { status: response.status, body: (await response.json()) as { errcode: number; message: unknown } };
      },
      { node: NODE, auth },
    );
  const good = await call(SESSION);
  expect(good.status).toBe(200);
  expect(good.body.errcode).toBe(0);
  expect(Array.isArray(good.body.message)).toBe(true);
  const forged = await call({ ...SESSION, session_id_sign: `0x${'ab'.repeat(64)}` });
  expect(forged.body).toEqual({ errcode: -3, message: expect.stringContaining('check authority failed') });
});

test('ZStack: login with the SHA-512 password, an async revert refused through the job poll (202 → 503)', async ({ page, control }) => {
  const password = createHash('sha512').update('password').digest('hex');
  const started = await page.evaluate(async (passwordHash) => {
    const login = await fetch('/mock/zstack/zstack/v1/accounts/login', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ logInByAccount: { accountName: 'admin', password: passwordHash } }),
    });
    const session = ((await login.json()) as { inventory: { uuid: string } }).inventory.uuid;
    const accepted = await fetch('/mock/zstack/zstack/v1/volume-snapshots/4b6d8f0a2c4e4a6b8d0f2a4c6e8a0b2d/actions', {
      method: 'PUT',
      headers: { Authorization: `OAuth ${session}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ revertVolumeFromSnapshot: {} }),
    });
    const { location } = (await accepted.json()) as { location: string };
    return { loginStatus: login.status, accepted: accepted.status, session, path: new URL(location).pathname };
  }, password);
  expect(started.loginStatus).toBe(200);
  expect(started.accepted).toBe(202);
  const poll = () =>
    page.evaluate(
      async ({ path, session }) => {
        const response = await fetch(path, { headers: { Authorization: `OAuth ${session}` } });
        return { status: response.status, body: (await response.json()) as unknown };
      },
      { path: started.path, session: started.session },
    );
  // The VM is running, so the accepted job fails at once: its first poll already gives the refusal.
  const final = await poll();
  expect(final.status).toBe(503);
  expect(final.body).toMatchObject({ error: { code: expect.stringMatching(/^[A-Z_]+\.\d+$/) } });
  // Every login the emulator saw (ours and the console's own) carried the hash, never the password; one revert.
  const logins = await control.requests({ provider: 'zstack', path: '/accounts/login' });
  expect(logins.length).toBeGreaterThan(0);
  for (const login of logins) expect(login.body).toEqual({ logInByAccount: { accountName: 'admin', password } });
  expect(await control.requests({ provider: 'zstack', method: 'PUT', path: '/volume-snapshots/4b6d8f0a2c4e4a6b8d0f2a4c6e8a0b2d/actions' })).toEqual([
    expect.objectContaining({ body: { revertVolumeFromSnapshot: {} }, status: 202 }),
  ]);
});

test('51idc: a backup job runs pending → working → successful and the new point is the head', async ({ page, control }) => {
  const call = (path: string, init?: { method: string; body: unknown }) =>
    page.evaluate(
      async ({ path, init }) => {
        const response = await fetch(path, init ? { method: init.method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body) } : undefined);
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      },
      { path, init },
    );
  const created = await call('/mock/idc51/v2/zone/ac1/volume_snapshots', { method: 'POST', body: { resources: ['vol-YZAKUZF'], snapshot_name: 'e2e-backup', is_full: 0 } });
  expect(created.body).toMatchObject({ status: 'pending' });
  const job = `/mock/idc51/v2/zone/ac1/job/${String(created.body.job_id)}`;
  // Real durations (5 s queued, 2 min of work): each phase is reached by moving the emulator clock.
  expect((await call(job)).body.status).toBe('pending');
  await control.advanceClock(10_000);
  expect((await call(job)).body.status).toBe('working');
  await control.advanceClock(5 * 60_000);
  expect((await call(job)).body.status).toBe('successful');
  const list = await call('/mock/idc51/v2/zone/ac1/volume_snapshots?resource_id=vol-YZAKUZF&search_word=e2e-backup');
  const points = list.body.snapshots as Array<{ snapshot_name: string; is_head: number; status: string }>;
  expect(points.find((s) => s.snapshot_name === 'e2e-backup')).toMatchObject({ is_head: 1, status: 'available' });
});
