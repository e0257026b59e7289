import { parseAppConfig, type ConfigIssue, type ConfigResult } from '@/domain/connections/config';

const failure = (path: string, code: ConfigIssue['code'], error: unknown): ConfigResult => ({
  ok: false,
  issues: [{ path, code, expected: error instanceof Error ? error.message : String(error) }],
});

/** Reads public/config.json at start-up (no rebuild to change it); every failure is a named issue, never a blank page. */
export async function loadConfig(url = `${import.meta.env.BASE_URL}config.json`, fetcher: typeof fetch = fetch): Promise<ConfigResult> {
  let text: string;
  try {
    const response = await fetcher(url, { cache: 'no-store' });
    if (!response.ok) return { ok: false, issues: [{ path: url, code: 'fetch', expected: `HTTP ${response.status}` }] };
    // Inside the try: the body can fail after the headers (connection reset, aborted transfer, bad encoding).
    text = await response.text();
  } catch (error) {
    return failure(url, 'fetch', error);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return failure(url, 'json', error);
  }
  return parseAppConfig(raw);
}
