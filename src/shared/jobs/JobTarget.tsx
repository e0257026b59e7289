import { Link } from '@tanstack/react-router';
import { Typography } from 'antd';
import type { JobRecord } from '@/domain/jobs/types';

/** The job's target, linked to where it can be seen: the VM, or the node an image was copied onto. */
export function JobTarget({ job }: { job: JobRecord }) {
  const { connectionId, target, spec } = job;
  if (spec.kind === 'dbc-image-download') {
    return (
      <Link to="/nodes/$connectionId/$nodeId" params={{ connectionId, nodeId: spec.nodeId }} search={{ tab: 'images' }}>
        {target.name}
      </Link>
    );
  }
  // A deleted VM has no page left to open.
  if (target.kind === 'vm' && !(job.action === 'vm.delete' && job.status === 'succeeded')) {
    return (
      <Link to="/vms/$connectionId/$vmId" params={{ connectionId, vmId: target.id }}>
        {target.name}
      </Link>
    );
  }
  return <Typography.Text>{target.name}</Typography.Text>;
}
