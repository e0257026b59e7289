/** Types of scripts/layers.js (plain JS so that eslint.config.js can import it). */
export type Layer = 'api' | 'domain' | 'features' | 'shared' | 'app' | 'routes' | 'i18n' | 'mocks';

export interface LayerRule {
  /** Shown with every import the rule refuses. */
  reason: string;
  /** Layers this one may not import from. */
  layers: readonly Layer[];
  /** Repo-relative paths (after resolving aliases and relative specifiers) it may not import. */
  paths: readonly RegExp[];
  /** Specifiers as written (packages, aliases) it may not import. */
  specifiers: readonly RegExp[];
}

export type LayerRules = Readonly<Partial<Record<Layer, LayerRule>>>;

export declare const LAYER_RULES: LayerRules;
export declare function layerOf(path: string): Layer | undefined;
export declare function resolveImport(fromFile: string, spec: string): string | undefined;
export declare function forbiddenImport(fromFile: string, spec: string): string | undefined;
