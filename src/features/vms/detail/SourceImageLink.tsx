import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Connection } from '@/domain/connections/types';
import { imageListQueryOptions } from '@/shared/images/queries';

/**
 * "Created from image X": the image's name from the connection's image list (its id until that answers, or if it is
 * gone). Also names the template a data volume was made from (`testId` tells the links apart).
 */
export function SourceImageLink({ connection, imageId, testId = 'vm-source-image' }: { connection: Connection; imageId: string; testId?: string }) {
  const images = useQuery(imageListQueryOptions(connection));
  const name = images.data?.images.find((image) => image.id === imageId)?.name ?? imageId;
  return (
    <Link to="/images/$connectionId/$imageId" params={{ connectionId: connection.id, imageId }} data-testid={testId}>
      {name}
    </Link>
  );
}
