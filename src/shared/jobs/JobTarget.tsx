import { Link } from '@tanstack/react-router';
import { Typography } from 'antd';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { JobRecord } from '@/domain/jobs/types';
import { useT } from '../i18n/useT';

/**
 * The job's target, linked to where it can be seen: the VM (unless `vmDeleted`: known gone, see useIsDeletedVm),
 * or the node an image was copied onto.
 */
export function JobTarget({ job, vmDeleted }: { job: JobRecord; vmDeleted: boolean }) {
  const t = useT();
  const { connectionId, target, spec } = job;
  if (isDbcTransfer(spec)) {
    return (
      <Link to="/nodes/$connectionId/$nodeId" params={{ connectionId, nodeId: spec.nodeId }} search={{ tab: 'images' }}>
        {target.name}
      </Link>
    );
  }
  if (target.kind !== 'vm') return <Typography.Text>{target.name}</Typography.Text>;
  // A deleted VM has no page left to open: every job of it (not only the delete) names it as plain text.
  if (vmDeleted) return <Typography.Text data-testid="job-target-deleted">{t('jobs.target.deleted', { name: target.name })}</Typography.Text>;
  return (
    <Link to="/vms/$connectionId/$vmId" params={{ connectionId, vmId: target.id }}>
      {target.name}
    </Link>
  );
}
