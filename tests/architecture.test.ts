// @vitest-environment node
/** Imports run one way (app -> features -> domain -> api); emulators share only provider types. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { forbiddenImport } from '../scripts/layers.js';

const ROOT = join(__dirname, '..');

/** Every module a file names: static imports (type-only too), side-effect imports, re-exports, dynamic import(). */
function importedSpecifiers(source: string): string[] {
  const statements = source.matchAll(/^\s*(?:import|export)\b(?:[^'";]*?\bfrom)?\s*['"]([^'"]+)['"]/gm);
  const dynamic = source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g);
  return [...statements, ...dynamic].map(([, spec]) => spec).filter((spec): spec is string => Boolean(spec));
}

function violations(file: string, source: string): string[] {
  return importedSpecifiers(source)
    .filter((spec) => forbiddenImport(file, spec) !== undefined)
    .map((spec) => `${file} -> ${spec}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.gen.ts') ? [path] : [];
  });
}

/** One import per line, each a case the layer table decides; the ESLint rule must decide the same. */
const SAMPLES: Array<[file: string, spec: string]> = [
  ['src/features/vms/VmsPage.tsx', '@/api/dbc/client'],
  ['src/features/vms/VmsPage.tsx', '@/domain/connections/types'],
  ['src/features/vms/VmsPage.tsx', '@/app/shell/AppShell'],
  ['src/features/vms/VmsPage.tsx', '../../../mocks/dbc/state'],
  ['src/api/http.ts', 'react'],
  ['src/api/http.ts', '@tanstack/react-query'],
  ['src/api/http.ts', '../domain/vms/types'],
  ['src/api/http.ts', 'axios'],
  ['src/domain/vms/types.ts', '@/shared/format'],
  ['src/domain/vms/types.ts', '@/api/dbc/types'],
  ['src/shared/format.ts', '@/app/shell/navigation'],
  ['src/shared/format.ts', '@/domain/vms/types'],
  ['src/shared/format.test.ts', '@mocks/dbc/state'],
  ['mocks/dbc/state.ts', '../../src/domain/providers/dbc'],
  ['mocks/dbc/state.ts', '../../src/api/dbc/types'],
  ['mocks/dbc/state.ts', '@/api/dbc/types'],
  ['mocks/dbc/state.ts', '../../src/i18n'],
  ['src/app/router.tsx', '@/api/dbc/client'],
];

describe('layering', () => {
  it('no file imports against the direction of the layers (tests included)', () => {
    const all = [...sourceFiles('src'), ...sourceFiles('mocks')];
    expect(all.length).toBeGreaterThan(30);
    const found = all.flatMap((file) => violations(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the checker catches a page importing a provider client, an api module importing React, an emulator importing the domain', () => {
    expect(violations('src/features/vms/VmsPage.tsx', "import { createDbcClient } from '@/api/dbc/client';")).toHaveLength(1);
    expect(violations('src/features/vms/VmsPage.tsx', "import type { DbcTask } from '@/api/dbc/types';")).toHaveLength(1);
    expect(violations('src/api/http.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(violations('src/api/http.ts', "import 'antd/dist/reset.css';")).toHaveLength(1);
    expect(violations('src/domain/vms/types.ts', "export { formatBytes } from '@/shared/format';")).toHaveLength(1);
    expect(violations('src/shared/ui/Lazy.tsx', "const Page = lazy(() => import('@/features/vms/list/VmListPage'));")).toHaveLength(1);
    expect(violations('mocks/dbc/state.ts', "import { x } from '../../src/domain/providers/dbc';")).toHaveLength(1);
    expect(violations('src/features/vms/VmsPage.tsx', "import {\n  isEmulated,\n} from '@/domain/connections/types';")).toHaveLength(0);
  });

  it('ESLint (rule layers/imports) refuses exactly what the checker refuses', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const [file, spec] of SAMPLES) {
      const [result] = await eslint.lintText(`import '${spec}';\n`, { filePath: join(ROOT, file) });
      const flagged = (result?.messages ?? []).some((message) => message.ruleId === 'layers/imports');
      expect({ file, spec, flagged }).toEqual({ file, spec, flagged: forbiddenImport(file, spec) !== undefined });
    }
    expect(SAMPLES.filter(([file, spec]) => forbiddenImport(file, spec)).length).toBeGreaterThan(8);
  });
});
