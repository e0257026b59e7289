import { MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import { actionMenuItems } from '@/shared/actions/ActionBar';
import { useT } from '@/shared/i18n/useT';
import { imageActionsOf, type ImageAction } from './registry';
import { useImageActionFlow } from './useImageActionFlow';

interface Props {
  connection: Connection;
  image: ImageRecord;
}

/** A row's action menu, Details first. Rows mount a bare button; the menu and its dialogs are built on the first click. */
export function ImageRowActions(props: Props) {
  const t = useT();
  const [armed, setArmed] = useState(false);
  if (armed) return <RowActionsMenu {...props} />;
  return (
    <Button
      size="small"
      type="text"
      icon={<MoreOutlined />}
      aria-label={t('imageActions.rowActions', { name: props.image.name })}
      aria-haspopup="menu"
      onClick={() => setArmed(true)}
      data-testid={`image-actions-${props.image.id}`}
    />
  );
}

function RowActionsMenu({ connection, image }: Props) {
  const t = useT();
  const [open, setOpen] = useState(true);
  const flow = useImageActionFlow(connection, image);
  const items = actionMenuItems(imageActionsOf(image, 'row'), flow.subject, t);
  const onClick: MenuProps['onClick'] = ({ key }) => {
    setOpen(false);
    flow.trigger(key as ImageAction);
  };
  return (
    <>
      <Dropdown trigger={['click']} open={open} onOpenChange={setOpen} menu={{ items, onClick }}>
        <Button
          size="small"
          type="text"
          icon={<MoreOutlined />}
          loading={flow.pendingAction !== undefined}
          aria-label={t('imageActions.rowActions', { name: image.name })}
          aria-haspopup="menu"
          data-testid={`image-actions-${image.id}`}
        />
      </Dropdown>
      {flow.dialogs}
    </>
  );
}
