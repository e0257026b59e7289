import { createFileRoute } from '@tanstack/react-router';
import { ImageDetailPage } from '@/features/images/ImageDetailPage';

export const Route = createFileRoute('/images/$connectionId/$imageId')({
  staticData: { crumb: 'images.detail.crumb' },
  component: ImageDetailRoute,
});

function ImageDetailRoute() {
  const { connectionId, imageId } = Route.useParams();
  return <ImageDetailPage connectionId={connectionId} imageId={imageId} />;
}
