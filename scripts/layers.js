// @ts-check
/**
 * Imports run one way: app -> features -> domain -> api; emulators share only provider types with src/api.
 * This table is the one statement of what each layer may not import: eslint.config.js (rule `layers/imports`)
 * and tests/architecture.test.ts both ask `forbiddenImport` (typed for them in layers.d.ts).
 */
import { posix } from 'node:path';

const PROVIDER_CLIENTS = /^src\/api\/(dbc|idc51|vsd|zstack)(\/|$)/;
const APP_SHELL = /^src\/app\/shell(\/|$)/;
const REACT = /^react(\/|$)/;
const ANTD = /^antd/;

/** @typedef {'api' | 'domain' | 'features' | 'shared' | 'app' | 'routes' | 'i18n' | 'mocks'} Layer */

/**
 * What one layer may not import: other layers, repo paths (after resolving aliases and relative specifiers),
 * and specifiers as written (packages, aliases). `reason` is shown with every import refused.
 * @typedef {{ reason: string, layers: readonly Layer[], paths: readonly RegExp[], specifiers: readonly RegExp[] }} LayerRule
 */

/** @type {Readonly<Partial<Record<Layer, LayerRule>>>} */
const LAYER_RULES = {
  api: {
    reason: 'src/api is the bottom layer: typed clients only, no React, no domain.',
    layers: ['domain', 'features', 'shared', 'app', 'routes', 'mocks'],
    paths: [],
    specifiers: [REACT, ANTD, /^@tanstack\//],
  },
  domain: {
    reason: 'src/domain is provider-neutral logic: no React, no pages.',
    layers: ['features', 'shared', 'app', 'routes', 'mocks'],
    paths: [],
    specifiers: [REACT, ANTD],
  },
  features: {
    reason: 'Pages see the domain model, never a provider client or type.',
    layers: ['routes', 'mocks'],
    paths: [PROVIDER_CLIENTS, APP_SHELL],
    specifiers: [],
  },
  shared: {
    reason: 'src/shared serves several features and depends on none.',
    layers: ['features', 'routes', 'mocks'],
    paths: [PROVIDER_CLIENTS, APP_SHELL],
    specifiers: [],
  },
  mocks: {
    reason: 'Emulators share only provider types with src/api (by relative path, not the @/ alias).',
    layers: ['domain', 'features', 'shared', 'app', 'routes', 'i18n'],
    paths: [],
    specifiers: [/^@\//],
  },
};

/** @param {string} path repo-relative, `/`-separated */
function layerOf(path) {
  const match = /^src\/(api|domain|features|shared|app|routes|i18n)(\/|$)/.exec(path) ?? /^(mocks)(\/|$)/.exec(path);
  return /** @type {Layer | undefined} */ (match?.[1]);
}

const ALIASES = [
  ['@/', 'src/'],
  ['@mocks/', 'mocks/'],
];

/**
 * The repo-relative path a specifier names (`@/x` -> `src/x`, `@mocks/x` -> `mocks/x`, `./x` from the importing
 * file), or undefined for a package.
 * @param {string} fromFile repo-relative, `/`-separated
 * @param {string} spec
 */
function resolveImport(fromFile, spec) {
  for (const [alias, dir] of ALIASES) if (spec.startsWith(alias)) return dir + spec.slice(alias.length);
  if (spec.startsWith('.')) return posix.normalize(posix.join(posix.dirname(fromFile), spec));
  return undefined;
}

/**
 * Why `fromFile` may not import `spec`, or undefined when it may. Type-only imports count like any other.
 * @param {string} fromFile repo-relative, `/`-separated
 * @param {string} spec
 */
export function forbiddenImport(fromFile, spec) {
  const fromLayer = layerOf(fromFile);
  const rule = fromLayer && LAYER_RULES[fromLayer];
  if (!rule) return undefined;
  const target = resolveImport(fromFile, spec);
  const targetLayer = target === undefined ? undefined : layerOf(target);
  const forbidden =
    (targetLayer !== undefined && rule.layers.includes(targetLayer)) ||
    (target !== undefined && rule.paths.some((path) => path.test(target))) ||
    rule.specifiers.some((pattern) => pattern.test(spec));
  return forbidden ? rule.reason : undefined;
}
