import { createFileRoute } from '@tanstack/react-router';
import { CreateVmPage } from '@/features/vms/create/CreateVmPage';
import { NODE_ID_PATTERN } from '@/domain/nodes/types';

export interface CreateVmSearch {
  connection?: string;
  node?: string;
  /** An ImageRecord id of `connection` to start from (the Images page's "Create VM"). */
  image?: string;
  /** The VM whose create the node accepted: the page follows its build (also after a reload). */
  created?: string;
}

export const Route = createFileRoute('/vms/create')({
  staticData: { crumb: 'vms.create.crumb' },
  validateSearch: (raw: Record<string, unknown>): CreateVmSearch => ({
    connection: typeof raw.connection === 'string' && raw.connection !== '' ? raw.connection : undefined,
    node: typeof raw.node === 'string' && NODE_ID_PATTERN.test(raw.node) ? raw.node : undefined,
    image: typeof raw.image === 'string' && raw.image !== '' ? raw.image : undefined,
    created: typeof raw.created === 'string' && raw.created !== '' ? raw.created : undefined,
  }),
  component: CreateVmRoute,
});

function CreateVmRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <CreateVmPage
      connectionId={search.connection}
      nodeId={search.node}
      imageId={search.image}
      createdVmId={search.created}
      onPick={(next) => void navigate({ search: next, replace: true })}
      // A new history entry: Back returns to the form.
      onCreated={(vmId) => void navigate({ search: { connection: search.connection, node: search.node, image: search.image, created: vmId } })}
      onCreateAnother={() => void navigate({ search: { connection: search.connection, node: search.node, image: search.image } })}
    />
  );
}
