import { http, HttpResponse, type HttpHandler } from 'msw';
import { PROVIDER_IDS, isProviderId, type ProviderId } from '../../src/api/provider';
import type { BackendSettings, BackendState } from '../../src/api/control/types';
import type { DatasetName, Emulator } from '../types';
import type { FaultRegistry, FaultRule, ProviderFlags } from './faults';

export type { BackendSettings };

interface ControlContext {
  faults: FaultRegistry;
  settings: BackendSettings;
  /** Persists the settings after a change. */
  settingsChanged(): void;
  reset(dataset?: DatasetName, provider?: ProviderId): void;
  emulators: Record<ProviderId, Emulator>;
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
 * The control API (`<prefix>/__control`): fault injection, time scale, dataset, reset. Used by the
 * "Demo controls" drawer and by tests. Not a provider API: its own small JSON shapes.
 */
export function controlHandlers(base: string, ctx: ControlContext): HttpHandler[] {
  const state = (): BackendState => ({
    ...ctx.settings,
    faults: ctx.faults.rules(),
    flags: Object.fromEntries(PROVIDER_IDS.map((p) => [p, ctx.faults.flags(p)])) as BackendState['flags'],
  });
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
      if (!body || !isProviderId(body.provider)) return bad('body must be {provider, jobFailsHalfway?, sessionExpired?}');
      const flags: ProviderFlags = {};
      if (typeof body.jobFailsHalfway === 'boolean') flags.jobFailsHalfway = body.jobFailsHalfway;
      if (typeof body.sessionExpired === 'boolean') flags.sessionExpired = body.sessionExpired;
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
    http.post(`${base}/reset`, async ({ request }) => {
      const body = (await readJson(request)) ?? {};
      const dataset = body.dataset === 'large' || body.dataset === 'demo' ? body.dataset : undefined;
      const provider = isProviderId(body.provider) ? body.provider : undefined;
      ctx.reset(dataset, provider);
      return HttpResponse.json(state());
    }),
  ];
}
