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
  // A tiny time scale: a 3-minute revert finishes in well under a second.
  await page.goto('/?timeScale=0.0005');
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

test('ZStack: login with the SHA-512 password, an async revert refused through the job poll (202 → 503)', async ({ page }) => {
  const password = createHash('sha512').update('password').digest('hex');
  const outcome = await page.evaluate(async (passwordHash) => {
    const login = await fetch('/mock/zstack/zstack/v1/accounts/login', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ logInByAccount: { accountName: 'admin', password: passwordHash } }),
    });
    const session = ((await login.json()) as { inventory: { uuid: string } }).inventory.uuid;
    const auth = { Authorization: `OAuth ${session}`, 'Content-Type': 'application/json' };
    const accepted = await fetch('/mock/zstack/zstack/v1/volume-snapshots/4b6d8f0a2c4e4a6b8d0f2a4c6e8a0b2d/actions', {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ revertVolumeFromSnapshot: {} }),
    });
    const { location } = (await accepted.json()) as { location: string };
    const path = new URL(location).pathname;
    for (let i = 0; i < 100; i++) {
      const poll = await fetch(path, { headers: auth });
      if (poll.status !== 202) return { loginStatus: login.status, accepted: accepted.status, final: poll.status, body: (await poll.json()) as unknown };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { loginStatus: login.status, accepted: accepted.status, final: 0, body: null };
  }, password);
  expect(outcome.loginStatus).toBe(200);
  expect(outcome.accepted).toBe(202);
  expect(outcome.final).toBe(503);
  expect(outcome.body).toMatchObject({ error: { code: expect.stringMatching(/^[A-Z_]+\.\d+$/) } });
});

test('51idc: a backup job runs pending → working → successful and the new point is the head', async ({ page }) => {
  const outcome = await page.evaluate(async () => {
    const created = await fetch('/mock/idc51/v2/zone/ac1/volume_snapshots', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ resources: ['vol-YZAKUZF'], snapshot_name: 'e2e-backup', is_full: 0 }),
    });
    const job = (await created.json()) as { job_id: string; status: string };
    const seen = [job.status];
    for (let i = 0; i < 100 && !['successful', 'failed'].includes(seen[seen.length - 1] ?? ''); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const polled = (await (await fetch(`/mock/idc51/v2/zone/ac1/job/${job.job_id}`)).json()) as { status: string };
      if (polled.status !== seen[seen.length - 1]) seen.push(polled.status);
    }
    const list = (await (await fetch('/mock/idc51/v2/zone/ac1/volume_snapshots?resource_id=vol-YZAKUZF&search_word=e2e-backup')).json()) as {
      snapshots: Array<{ snapshot_name: string; is_head: number; status: string }>;
    };
    return { status: created.status, seen, point: list.snapshots.find((s) => s.snapshot_name === 'e2e-backup') };
  });
  expect(outcome.seen[0]).toBe('pending');
  expect(outcome.seen[outcome.seen.length - 1]).toBe('successful');
  expect(outcome.point).toMatchObject({ is_head: 1, status: 'available' });
});
