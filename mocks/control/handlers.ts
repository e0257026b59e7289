import { http, HttpResponse, type HttpHandler } from 'msw';
import { PROVIDER_IDS, isProviderId, type ProviderId } from '../../src/api/provider';
import type { BackendSettings, BackendState, ClockState, RequestFilter } from '../../src/api/control/types';
import type { DatasetName, Emulator } from '../types';
import type { ControllableClock } from './clock';
import type { FaultRegistry, FaultRule, ProviderFlags } from './faults';
import type { RequestLog } from './requests';

export type { BackendSettings };

interface ControlContext {
  faults: FaultRegistry;
  settings: BackendSettings;
  /** Persists the settings after a change. */
  settingsChanged(): void;
  reset(dataset?: DatasetName, provider?: ProviderId, keep?: { faults?: boolean; flags?: boolean }): void;
  emulators: Record<ProviderId, Emulator>;
  requests: RequestLog;
  clock: ControllableClock;
  /** Persists the clock offset after it moved (a reload must not send emulator time back). */
  clockChanged(): void;
}

const bad = (message: string) => HttpResponse.json({ error: message }, { status: 400 });

async function readJson(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The control API (`<prefix>/__control`): fault injection, time scale, dataset, reset, the log of provider
 * requests, the emulator clock. Used by the "Demo controls" drawer and by tests. Not a provider API: its own
 * small JSON shapes.
 */
export function controlHandlers(base: string, ctx: ControlContext): HttpHandler[] {
  const state = (): BackendState => ({
    ...ctx.settings,
    faults: ctx.faults.rules(),
    flags: Object.fromEntries(PROVIDER_IDS.map((p) => [p, ctx.faults.flags(p)])) as BackendState['flags'],
  });
  const clock = (): ClockState => ({ now: ctx.clock.now(), offsetMs: ctx.clock.offset() });
  return [
    http.get(`${base}/state`, () => HttpResponse.json(state())),
    http.post(`${base}/faults`, async ({ request }) => {
      const body = await readJson(request);
      if (!body || !isProviderId(body.provider)) return bad('body must be a fault rule with a provider');
      const rule = ctx.faults.add(body as unknown as FaultRule);
      return HttpResponse.json(rule, { status: 201 });
    }),
    http.delete(`${base}/faults/:id`, ({ params }) => {
      ctx.faults.remove(String(params.id));
      return HttpResponse.json(state());
    }),
    http.delete(`${base}/faults`, ({ request }) => {
      const provider = new URL(request.url).searchParams.get('provider');
      ctx.faults.clear(isProviderId(provider) ? provider : undefined);
      return HttpResponse.json(state());
    }),
    http.post(`${base}/flags`, async ({ request }) => {
      const body = await readJson(request);
      if (!body || !isProviderId(body.provider)) return bad('body must be {provider, jobFailsHalfway?, sessionExpired?, transferStalls?}');
      const flags: ProviderFlags = {};
      if (typeof body.jobFailsHalfway === 'boolean') flags.jobFailsHalfway = body.jobFailsHalfway;
      if (typeof body.sessionExpired === 'boolean') flags.sessionExpired = body.sessionExpired;
      if (typeof body.transferStalls === 'boolean') flags.transferStalls = body.transferStalls;
      ctx.faults.setFlags(body.provider, flags);
      return HttpResponse.json(state());
    }),
    http.post(`${base}/settings`, async ({ request }) => {
      const body = await readJson(request);
      if (!body) return bad('body must be {timeScale?, strictAuth?}');
      if (typeof body.timeScale === 'number' && body.timeScale >= 0) ctx.settings.timeScale = body.timeScale;
      if (typeof body.strictAuth === 'boolean') ctx.settings.strictAuth = body.strictAuth;
      ctx.settingsChanged();
      return HttpResponse.json(state());
    }),
    http.get(`${base}/requests`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      const provider = params.get('provider');
      if (provider && !isProviderId(provider)) return bad(`unknown provider "${provider}"`);
      const filter: RequestFilter = {};
      if (provider) filter.provider = provider as ProviderId;
      const method = params.get('method');
      if (method) filter.method = method;
      const path = params.get('path');
      if (path) filter.path = path;
      return HttpResponse.json(ctx.requests.list(filter));
    }),
    http.delete(`${base}/requests`, () => {
      const cleared = ctx.requests.list().length;
      ctx.requests.clear();
      return HttpResponse.json({ cleared });
    }),
    http.get(`${base}/clock`, () => HttpResponse.json(clock())),
    http.post(`${base}/clock`, async ({ request }) => {
      const body = await readJson(request);
      const advanceMs = body?.advanceMs;
      if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
        return bad('body must be {advanceMs} with a number >= 0: the emulator clock only moves forward');
      }
      ctx.clock.advance(advanceMs);
      ctx.clockChanged();
      return HttpResponse.json(clock());
    }),
    http.post(`${base}/reset`, async ({ request }) => {
      const body = (await readJson(request)) ?? {};
      const dataset = body.dataset === 'large' || body.dataset === 'demo' ? body.dataset : undefined;
      const provider = isProviderId(body.provider) ? body.provider : undefined;
      // Faults and flags (an expired session) are cleared with the data unless the body asks to keep them.
      ctx.reset(dataset, provider, { faults: body.keepFaults === true, flags: body.keepFlags === true });
      return HttpResponse.json(state());
    }),
  ];
}
