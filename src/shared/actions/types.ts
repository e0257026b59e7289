import type { QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { MessageKey, MessageParams } from '@/i18n';

/** Allowed (perhaps with notes the confirmation shows) or refused with the reason shown beside the greyed action. */
export type ActionCapability =
  | { allowed: true; notes?: readonly { key: MessageKey; params?: MessageParams }[] }
  | { allowed: false; reason: { key: MessageKey; params?: MessageParams } };

/**
 * Where an action sits in bars and menus, as established consoles place them: power actions together in one
 * split button (its forced ones after a divider), configuration as buttons, deletion set apart at the end.
 */
export type ActionGroup = 'power' | 'configure' | 'delete';

/**
 * One user action, declared once: every menu, toolbar, detail page and bulk bar reads this. `Subject` is what
 * it acts on (a VM with its connection, a snapshot in its tree); `Form` names the dialog it opens, if any.
 */
export interface ActionDefinition<Subject, Form extends string = never> {
  /** Stable name: test ids (`action-<name>`), the i18n label, the job word. */
  name: string;
  label: MessageKey;
  icon: ReactNode;
  /** Its place in grouped bars and menus; registries without groups show plain buttons in their order. */
  group?: ActionGroup;
  /** Loses data or availability: shown red, always confirmed (by its form or `confirm`). */
  destructive: boolean;
  /** Asked before sending, for actions without a form; both texts get `{name}` (the target) and `{action}`. */
  confirm?: { title: MessageKey; body: MessageKey };
  /** Opens this dialog instead of sending at once. */
  form?: Form;
  /** Whether it can run on `subject` now, with the reason when not. */
  can(subject: Subject): ActionCapability;
  /** The job's action word in the Jobs drawer (`vm.start`, `snapshot.delete`). */
  job: string;
  /** What it changes: refreshed when the provider accepts it and again when its jobs end (settleAction). */
  refresh(subject: Subject): QueryKey[];
}
