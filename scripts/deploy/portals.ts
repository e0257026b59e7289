/**
 * The portals allowed to frame the console, read from the one place they are listed: `embed.allowedOrigins` of the
 * config.json the console serves (the description's `appConfig`). The console accepts messages from them; nginx
 * lets them frame it (CSP frame-ancestors). Each entry is checked with the console's own origin rule, so a list
 * the console would refuse never reaches nginx either.
 */
import { readFileSync } from 'node:fs';
import { normaliseOrigin } from '../../src/domain/connections/origin';
import { DeployDescriptionError } from './description';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `embed.allowedOrigins` of a parsed config.json, normalised; `file` names it in the problems. */
export function portalOriginsOf(config: unknown, file: string): string[] {
  const embed = isRecord(config) ? config.embed : undefined;
  if (embed === undefined) return [];
  const list = isRecord(embed) ? embed.allowedOrigins : undefined;
  if (list === undefined && isRecord(embed)) return [];
  if (!Array.isArray(list)) throw new DeployDescriptionError([`${file}: embed.allowedOrigins: a list of origins such as "https://portal.example.com"`]);
  const issues: string[] = [];
  const origins = list.flatMap((entry: unknown, index) => {
    const origin = typeof entry === 'string' ? normaliseOrigin(entry) : undefined;
    if (origin === undefined) issues.push(`${file}: embed.allowedOrigins[${index}]: ${JSON.stringify(entry)} is not an origin (scheme://host[:port], no path, no "*")`);
    return origin === undefined ? [] : [origin];
  });
  if (issues.length > 0) throw new DeployDescriptionError(issues);
  return [...new Set(origins)];
}

/** Reads the console's config.json and returns its allowed portal origins. */
export function readPortalOrigins(file: string): string[] {
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DeployDescriptionError([`appConfig ${file}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return portalOriginsOf(config, file);
}
