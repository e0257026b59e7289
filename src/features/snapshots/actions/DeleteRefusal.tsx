import { Alert } from 'antd';
import { useT } from '@/shared/i18n/useT';
import { SNAPSHOT_ACTIONS, type SnapshotSubject } from './registry';

/**
 * Why the selected snapshot cannot be deleted, shown in the details bar before any click (the greyed button's
 * tooltip needs a hover or focus): e.g. a vsd snapshot with two children, the running state counting as one.
 */
export function DeleteRefusal({ subject }: { subject: SnapshotSubject }) {
  const t = useT();
  const check = SNAPSHOT_ACTIONS.delete.can(subject);
  if (check.allowed) return null;
  return <Alert type="info" showIcon data-testid="snapshot-delete-refused" title={t('snapshots.delete.refusedInline', { reason: t(check.reason.key, check.reason.params) })} />;
}
