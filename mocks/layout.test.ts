// @vitest-environment node
/** Every emulator keeps the one layout of mocks/README.md ("Layout"), so a new provider is a copy of a known folder. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MOCKS = __dirname;
const PROVIDERS = ['dbc', 'idc51', 'vsd', 'zstack'];

/** The top level of every provider folder: exactly these files and folders (lib/ only when needed). */
const TOP_FILES = ['emulator.ts', 'emulator.test.ts', 'errors.ts', 'seed-kit.ts', 'seed-large.ts', 'seed.ts', 'state.ts', 'testkit.ts', 'views.ts'];
const REQUIRED_DIRS = ['http', 'rules'];
const OPTIONAL_DIRS = ['lib'];
/** Tests of a flow across several handlers: the only tests without a module of their own name. */
const FLOW_TESTS = ['http/flows.test.ts'];

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

describe.each(PROVIDERS)('mocks/%s', (provider) => {
  const root = join(MOCKS, provider);
  const entries = readdirSync(root);

  it('has the template top level: the same files, rules/ and http/, lib/ at most', () => {
    const dirs = entries.filter((name) => statSync(join(root, name)).isDirectory()).sort();
    const files = entries.filter((name) => !dirs.includes(name)).sort();
    expect(files).toEqual([...TOP_FILES].sort());
    expect(dirs.filter((dir) => !OPTIONAL_DIRS.includes(dir))).toEqual(REQUIRED_DIRS);
  });

  it('keeps every test beside the module it tests, and nesting one level deep', () => {
    const files = filesUnder(root);
    const orphans = files.filter((file) => file.endsWith('.test.ts') && !FLOW_TESTS.includes(file) && !files.includes(file.replace(/\.test\.ts$/, '.ts')));
    expect(orphans).toEqual([]);
    expect(files.filter((file) => file.split('/').length > 2)).toEqual([]);
  });

  it('wires its handlers in http/index.ts and keeps rules/ free of HTTP and wall-clock time', () => {
    expect(existsSync(join(root, 'http', 'index.ts'))).toBe(true);
    const impure = filesUnder(join(root, 'rules'))
      .filter((file) => !file.endsWith('.test.ts'))
      .filter((file) => /from '(msw|\.\.\/http\/[^']*)'|Date\.now\(/.test(readFileSync(join(root, 'rules', file), 'utf8')));
    expect(impure).toEqual([]);
  });
});
