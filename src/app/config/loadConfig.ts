import { parseAppConfig, type ConfigResult } from '@/domain/connections/config';

/** Reads public/config.json at start-up (no rebuild to change it); every failure is a named issue, never a blank page. */
export async function loadConfig(url = `${import.meta.env.BASE_URL}config.json`, fetcher: typeof fetch = fetch): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetcher(url, { cache: 'no-store' });
  } catch (error) {
    return { ok: false, issues: [{ path: url, code: 'fetch', expected: error instanceof Error ? error.message : String(error) }] };
  }
  if (!response.ok) return { ok: false, issues: [{ path: url, code: 'fetch', expected: `HTTP ${response.status}` }] };
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: url, code: 'json', expected: error instanceof Error ? error.message : String(error) }] };
  }
  return parseAppConfig(raw);
}
