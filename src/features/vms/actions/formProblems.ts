import type { FormInstance } from 'antd';
import type { Translate } from '@/i18n';
import type { FieldProblem } from '../create/validation';

/** antd InputNumber reports an emptied field as null; the validators expect undefined. */
export function withoutNulls<T extends object>(values: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null ? undefined : v])) as { [K in keyof T]: Exclude<T[K], null> };
}

/** Puts each problem under its field (translated); clears fields without one. */
export function showProblems<F extends string>(form: FormInstance, fields: readonly F[], problems: Partial<Record<F, FieldProblem>>, t: Translate): boolean {
  form.setFields(fields.map((name) => ({ name, errors: problems[name] ? [t(problems[name].key, problems[name].params)] : [] })));
  return fields.some((name) => problems[name] !== undefined);
}

/**
 * Clears the message under each field the user just changed: a problem put there by `showProblems` (or a
 * refusal) has no rule to re-check it, so it stayed under the corrected value until the next save.
 */
export function clearProblemsOf(form: FormInstance, changed: object): void {
  form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
}
