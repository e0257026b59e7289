/** Types of scripts/layers.js (plain JS so that eslint.config.js can import it). */

/** Why `fromFile` (repo-relative, `/`-separated) may not import `spec`, or undefined when it may. */
export declare function forbiddenImport(fromFile: string, spec: string): string | undefined;
