import { http, type HttpHandler } from 'msw';
import type { VsdLoginData } from '../../../src/api/vsd/types';
import { fail, ok } from './envelope';
import { fault, isFault } from '../errors';
import { findTenant, nextUuid, type VsdState } from '../state';
import { route, type Caller, type VsdContext } from './context';
import { bodyString, readBody } from './parse';

/** Login -> Token (Bearer) -> ApiKey, as the third-party Packer client does it (docs/providers/vsd.md §2). */

const MD5_HEX = /^[0-9a-f]{32}$/;
/** Tokens kept per emulator; older ones are forgotten (sessions time out on the real platform too). */
const MAX_TOKENS = 50;

function issueToken(state: VsdState, userUuid: string, now: number): string {
  const serial = state.seq;
  const token = (nextUuid(state) + nextUuid(state)).replace(/-/g, '');
  state.tokens = [...state.tokens, { token, userUuid, issuedAt: now, serial }].slice(-MAX_TOKENS);
  return token;
}

export function authHandlers(base: string, ctx: VsdContext): HttpHandler[] {
  return [
    http.post(
      `${base}/v1/authentication/login`,
      route(ctx, 'none', async ({ request }) => {
        const body = await readBody(request);
        if (isFault(body)) return fail(body);
        const user = bodyString(body, 'User', true);
        if (isFault(user)) return fail(user);
        const tenantKey = bodyString(body, 'Tenant', true);
        if (isFault(tenantKey)) return fail(tenantKey);
        const password = bodyString(body, 'Password', true);
        if (isFault(password)) return fail(password);
        if (!MD5_HEX.test(password)) return fail(fault('PARAM_INVALID', 'Password: must be the lowercase hex MD5 of the password'));
        const state = ctx.state();
        const tenant = findTenant(state, tenantKey);
        if (!tenant) return fail(fault('TENANT_NOT_FOUND', `tenant ${tenantKey}`));
        const account = state.users.find((u) => u.name === user && u.tenant === tenant.uuid);
        if (!account || account.passwordMd5 !== password) return fail(fault('LOGIN_FAILED', `user ${user} of tenant ${tenant.name}`));
        const token = issueToken(state, account.uuid, ctx.now());
        ctx.changed();
        const cluster = state.clusters[0];
        const data: VsdLoginData = {
          Role: account.role,
          Token: token,
          user_uuid: account.uuid,
          user_name: account.name,
          enable_ldap: false,
          Tenant: tenant.uuid,
          system_member_list: { Leader: cluster?.members[0] ?? '', candidates: cluster?.members.slice(1) ?? [] },
          default_cluster_uuid: cluster?.uuid ?? '',
        };
        return ok(data);
      }),
    ),
    http.get(
      `${base}/v1/apikey/list`,
      route(ctx, 'token', ({ caller }) => {
        const keys = ctx.state().apiKeys.filter((key) => key.userUuid === callerUuid(caller));
        return ok({ list: keys.map((key) => ({ uuid: key.uuid })), total_count: keys.length });
      }),
    ),
    http.post(
      `${base}/v1/apikey/create`,
      route(ctx, 'token', async ({ request, caller }) => {
        const body = await readBody(request);
        if (isFault(body)) return fail(body);
        const state = ctx.state();
        const serial = state.seq;
        const uuid = nextUuid(state);
        state.apiKeys = [...state.apiKeys, { uuid, userUuid: callerUuid(caller), createdAt: ctx.now(), serial }];
        ctx.changed();
        return ok({ uuid });
      }),
    ),
  ];
}

const callerUuid = (caller: Caller) => caller.user?.uuid ?? '';
