import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAppConfig } from '@/domain/connections/config';
import { DeployDescriptionError, readDeployDescription } from '../../scripts/deploy/description';
import { portalOriginsOf, readPortalOrigins } from '../../scripts/deploy/portals';

/**
 * One list of portals: config.json's `embed.allowedOrigins` (what the console accepts messages from) is also what
 * nginx renders as CSP frame-ancestors (who may frame it), checked with the console's own origin rule.
 */
const dir = mkdtempSync(join(tmpdir(), 'vmdeck-portals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const render = (file: string) => spawnSync('npx', ['tsx', 'scripts/render-nginx.ts', file], { encoding: 'utf8' });
const frameAncestors = (config: string) => /frame-ancestors ([^;]+);/.exec(config)?.[1];

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DeployDescriptionError) return error.issues;
    throw error;
  }
  return [];
}

describe('allowed portal origins: one list for the console and nginx', () => {
  it('the renderer writes frame-ancestors from the config.json the description names (relative to the description)', () => {
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ connections: [], embed: { allowedOrigins: ['https://portal.example.com/', 'http://127.0.0.1:9000'] } }),
    );
    writeFileSync(join(dir, 'deploy.json'), JSON.stringify({ appConfig: 'config.json' }));
    const result = render(join(dir, 'deploy.json'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // Normalised as the console normalises it (trailing slash dropped), so both sides compare the same string.
    expect(frameAncestors(result.stdout)).toBe('https://portal.example.com http://127.0.0.1:9000');
  });

  it('no embed block, or an empty list: nobody may frame the console', () => {
    expect(portalOriginsOf({ connections: [] }, 'config.json')).toEqual([]);
    expect(portalOriginsOf({ embed: { allowedOrigins: [] } }, 'config.json')).toEqual([]);
    writeFileSync(join(dir, 'alone.json'), JSON.stringify({ connections: [] }));
    writeFileSync(join(dir, 'deploy-alone.json'), JSON.stringify({ appConfig: 'alone.json' }));
    expect(frameAncestors(render(join(dir, 'deploy-alone.json')).stdout)).toBe("'none'");
  });

  it('the example deployment: its config.json is one the console starts with, and nginx frames exactly its portals', () => {
    const example = readDeployDescription('deploy/deploy.example.json');
    const parsed = parseAppConfig(JSON.parse(readFileSync(example.appConfig, 'utf8')));
    if (!parsed.ok) throw new Error(`deploy/config.example.json refused by the console: ${JSON.stringify(parsed.issues)}`);
    expect(readPortalOrigins(example.appConfig)).toEqual(parsed.config.embed.allowedOrigins);
    expect(frameAncestors(render('deploy/deploy.example.json').stdout)).toBe(parsed.config.embed.allowedOrigins.join(' '));
  });

  it('a separate list in the description is refused with where the portals now go', () => {
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ appConfig: 'alone.json', allowedPortalOrigins: ['https://portal.example.com'] }));
    const result = render(join(dir, 'old.json'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("allowedPortalOrigins: no longer read here: list the portals in config.json's embed.allowedOrigins");
  });

  it('the renderer and the console refuse exactly the same entries (one origin rule)', () => {
    const entries = ['https://portal.example.com', 'https://portal.example.com/', 'http://10.0.0.1:8080', '*', 'https://portal.example.com/path', 'https://*.example.com', 'ftp://files.example.com', 'https://user@portal.example.com', 'HTTPS://Portal.example.com', 'portal.example.com'];
    for (const [index, entry] of entries.entries()) {
      const config = { connections: [], embed: { allowedOrigins: [entry] } };
      const console = parseAppConfig(config);
      const refusedByConsole = !console.ok && console.issues.some((issue) => issue.path === 'embed.allowedOrigins[0]');
      const refusedByRenderer = issuesOf(() => portalOriginsOf(config, 'config.json')).length > 0;
      expect({ entry, index, refusedByRenderer }).toEqual({ entry, index, refusedByRenderer: refusedByConsole });
    }
  });

  it('a bad config.json stops the renderer, each bad entry named with its file, nothing written', () => {
    writeFileSync(join(dir, 'bad-config.json'), JSON.stringify({ embed: { allowedOrigins: ['*', 'https://ok.example.com', 'https://portal.example.com/path'] } }));
    writeFileSync(join(dir, 'deploy-bad.json'), JSON.stringify({ appConfig: 'bad-config.json' }));
    const result = render(join(dir, 'deploy-bad.json'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${join(dir, 'bad-config.json')}: embed.allowedOrigins[0]: "*" is not an origin`);
    expect(result.stderr).toContain('embed.allowedOrigins[2]: "https://portal.example.com/path" is not an origin');
    expect(result.stderr).not.toContain('allowedOrigins[1]');
    const missing = issuesOf(() => readPortalOrigins(join(dir, 'nowhere.json')));
    expect(missing).toEqual([expect.stringContaining(`appConfig ${join(dir, 'nowhere.json')}: ENOENT`)]);
  });
});

describe('scripts/render-nginx.ts --config-out', () => {
  it('serves the very config.json frame-ancestors were rendered from (the Dockerfile puts it in the image)', () => {
    const source = JSON.stringify({ connections: [], embed: { allowedOrigins: ['https://portal.example.com'] } }, null, 2);
    writeFileSync(join(dir, 'source-config.json'), source);
    writeFileSync(join(dir, 'deploy-out.json'), JSON.stringify({ appConfig: 'source-config.json' }));
    const served = join(dir, 'served-config.json');
    const result = spawnSync('npx', ['tsx', 'scripts/render-nginx.ts', join(dir, 'deploy-out.json'), join(dir, 'out.conf'), '--config-out', served], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(served, 'utf8')).toBe(source);
    expect(frameAncestors(readFileSync(join(dir, 'out.conf'), 'utf8'))).toBe('https://portal.example.com');
  });

  it('--config-out without a file is a usage error', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/render-nginx.ts', 'deploy/deploy.example.json', '--config-out'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage:');
  });
});
