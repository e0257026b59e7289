import { createFileRoute } from '@tanstack/react-router';
import { ImagesPage } from '@/features/images/ImagesPage';

export const Route = createFileRoute('/images/')({
  component: ImagesRoute,
});

function ImagesRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return <ImagesPage search={search} onSearch={(next) => void navigate({ search: next, replace: true })} />;
}
