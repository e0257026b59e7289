/** Session APIs: LogInByAccount (sync, no credential), LogOut, ValidateSession, RenewSession (async). */
import { DURATION_MS } from '../lib/constants';
import { missingField } from '../errors';
import { renderSession } from '../views';
import { findAccount } from '../rules/auth';
import { nextUuid } from '../state';
import { emptyResponse, errorResponse, jsonResponse, optLong, optString, paramObject, type RequestCtx } from './context';
import type { ApiRoute } from './router';
import { submitAsync } from './session';

function login(ctx: RequestCtx): Response {
  const params = paramObject(ctx.body, 'logInByAccount');
  const accountName = optString(params, 'accountName');
  const password = optString(params, 'password');
  if (accountName === undefined) return errorResponse(missingField('LogInByAccount', 'accountName'));
  if (password === undefined) return errorResponse(missingField('LogInByAccount', 'password'));
  ctx.rt.applySessionFlag(ctx.now);
  const account = findAccount(ctx.state.accounts, accountName, password);
  if ('code' in account) return errorResponse(account);
  const session = {
    uuid: nextUuid(ctx.state),
    accountUuid: account.uuid,
    userUuid: account.uuid,
    userType: 'AccountVO',
    createDate: ctx.now,
    lastOpDate: ctx.now,
    expiredDate: ctx.now + ctx.rt.sessionTimeoutMs,
  };
  ctx.state.sessions.push(session);
  ctx.rt.changed();
  return jsonResponse(200, { inventory: renderSession(session) });
}

function logout(ctx: RequestCtx): Response {
  const uuid = ctx.vars.sessionUuid ?? '';
  ctx.state.sessions = ctx.state.sessions.filter((s) => s.uuid !== uuid);
  ctx.rt.changed();
  return emptyResponse(200);
}

function validate(ctx: RequestCtx): Response {
  ctx.rt.applySessionFlag(ctx.now);
  const session = ctx.state.sessions.find((s) => s.uuid === ctx.vars.sessionUuid);
  return jsonResponse(200, { validSession: !!session && session.expiredDate > ctx.now });
}

function renew(ctx: RequestCtx): Response {
  const params = paramObject(ctx.body, 'renewSession');
  const duration = optLong(params, 'duration');
  const sessionUuid = ctx.vars.sessionUuid ?? '';
  return submitAsync(ctx, 'RenewSession', () => {
    const session = ctx.state.sessions.find((s) => s.uuid === sessionUuid);
    if (!session) return { error: { code: 'SYS.1003', description: 'A resource can not be found', details: `invalid field[sessionUuid], resource[uuid:${sessionUuid}, type:SessionVO] not found` } };
    if (duration !== undefined && (duration < 60 || duration > 31_536_000)) {
      return { error: { code: 'SYS.1007', description: 'One or more API argument is invalid', details: `field[duration] must be in range of [60, 31536000]` } };
    }
    return { effect: { kind: 'renewSession', sessionUuid, durationMs: (duration ?? ctx.rt.sessionTimeoutMs / 1000) * 1000 }, durationMs: DURATION_MS.renewSession };
  });
}

export function authRoutes(): ApiRoute[] {
  return [
    { api: 'LogInByAccount', method: 'PUT', path: '/accounts/login', noAuth: true, handle: login },
    { api: 'LogOut', method: 'DELETE', path: '/accounts/sessions/{sessionUuid}', noAuth: true, handle: logout },
    { api: 'ValidateSession', method: 'GET', path: '/accounts/sessions/{sessionUuid}/valid', noAuth: true, handle: validate },
    { api: 'RenewSession', method: 'PUT', path: '/accounts/sessions/{sessionUuid}/renew', action: 'renewSession', handle: renew },
  ];
}
