import { within } from '@testing-library/react';

/**
 * An antd form field by its visible label: the control the label points at, and what the form shows under
 * it (a validation message or a provider's refusal; antd gives them no role, so they are found by class).
 */
export function formField(scope: HTMLElement, label: string | RegExp) {
  const control = within(scope).getByLabelText(label);
  const item = control.closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`no form item around the control labelled ${String(label)}`);
  return {
    control,
    item,
    /** The messages under the field, in order (empty when it is fine). */
    errors: () => Array.from(item.querySelectorAll('.ant-form-item-explain-error'), (error) => error.textContent ?? ''),
    /** The warnings under the field (said, but not blocking). */
    warnings: () => Array.from(item.querySelectorAll('.ant-form-item-explain-warning'), (warning) => warning.textContent ?? ''),
  };
}
