import { useNavigate } from '@tanstack/react-router';
import { Button } from 'antd';
import type { ImageRecord } from '@/domain/images/model';
import { imageCanMakeVm } from '@/domain/vms/create';
import { useT } from '@/shared/i18n/useT';

/** Opens Create VM with this image (and its connection) preselected; only where the provider can make a VM of it. */
export function CreateVmFromImageButton({ image }: { image: ImageRecord }) {
  const t = useT();
  const navigate = useNavigate();
  if (!imageCanMakeVm(image)) return null;
  return (
    <Button type="primary" onClick={() => void navigate({ to: '/vms/create', search: { connection: image.connectionId, image: image.id } })} data-testid="image-create-vm">
      {t('createFromImage.fromImageButton')}
    </Button>
  );
}
