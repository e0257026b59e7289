// @vitest-environment node
/** Imports run one way (app -> features -> domain -> api); emulators share only provider types. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

type Layer = 'api' | 'domain' | 'features' | 'shared' | 'app' | 'routes' | 'i18n' | 'mocks' | 'other';

function layerOf(path: string): Layer {
  const match = /^(?:src\/)?(api|domain|features|shared|app|routes|i18n)\//.exec(path) ?? /^(mocks)\//.exec(path);
  return (match?.[1] as Layer) ?? 'other';
}

/** What each layer must not import (by target layer, or by path prefix). */
const FORBIDDEN: Partial<Record<Layer, Array<Layer | RegExp>>> = {
  api: ['domain', 'features', 'shared', 'app', 'routes', 'mocks', /^react$/, /^antd/],
  domain: ['features', 'shared', 'app', 'routes', 'mocks', /^react$/, /^antd/],
  features: ['routes', 'mocks', /^src\/api\/(dbc|idc51|vsd|zstack)\//, /^src\/app\/shell\//],
  shared: ['features', 'routes', 'mocks', /^src\/api\/(dbc|idc51|vsd|zstack)\//],
  mocks: ['domain', 'features', 'shared', 'app', 'routes', 'i18n'],
};

/** Resolves an import to a repo-relative path (for @/ and relative specifiers) or leaves a package name. */
export function resolveImport(fromFile: string, spec: string): string {
  if (spec.startsWith('@/')) return `src/${spec.slice(2)}`;
  if (spec.startsWith('.')) return relative(ROOT, join(ROOT, fromFile, '..', spec));
  return spec;
}

export function violations(file: string, source: string): string[] {
  const rules = FORBIDDEN[layerOf(file)] ?? [];
  const found: string[] = [];
  for (const [, spec] of source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
    if (!spec || /^\s*import\s+type\b/.test(spec)) continue;
    const target = resolveImport(file, spec);
    const targetLayer = target.startsWith('src/') || target.startsWith('mocks/') ? layerOf(target) : 'other';
    for (const rule of rules) {
      if (typeof rule === 'string' ? targetLayer === rule : rule.test(target)) found.push(`${file} -> ${spec}`);
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.gen.ts') ? [path] : [];
  });
}

describe('layering', () => {
  it('no file imports against the direction of the layers', () => {
    const all = [...sourceFiles('src'), ...sourceFiles('mocks')].filter((f) => !/\.test\.tsx?$/.test(f));
    expect(all.length).toBeGreaterThan(30);
    const found = all.flatMap((file) => violations(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the checker catches a page importing a provider client and an api module importing React', () => {
    expect(violations('src/features/vms/VmsPage.tsx', "import { createDbcClient } from '@/api/dbc/client';")).toHaveLength(1);
    expect(violations('src/api/http.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(violations('mocks/dbc/state.ts', "import { x } from '../../src/domain/providers/dbc';")).toHaveLength(1);
    expect(violations('src/features/vms/VmsPage.tsx', "import { isEmulated } from '@/domain/connections/types';")).toHaveLength(0);
  });
});
