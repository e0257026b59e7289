import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import type { Locale, Translate } from '@/i18n';
import { formatBytes, formatDate, formatDateTime } from '@/shared/format';
import { EllipsisText } from '@/shared/ui/EllipsisText';
import { ImageRowActions } from './actions/ImageRowActions';
import { jobInRow, jobSummary } from './exportJobText';
import { OriginLink, locationLabel } from './imageParts';
import { ImageStatusCell } from './ImageStatusCell';
import type { ImageListSearch, ImageSort } from './search';

interface Options {
  t: Translate;
  locale: Locale;
  search: ImageListSearch;
  connections: ReadonlyMap<string, Connection>;
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * The image table's columns, one line per cell. The name is text (an image is not a page to open from its
 * name); Details is the first item of the row's action menu, in the last, right-fixed column.
 */
export function imageColumns({ t, locale, search, connections }: Options): ColumnsType<ImageRecord> {
  const sortOrder = (key: ImageSort) => (search.sort === key ? (search.order === 'desc' ? 'descend' : 'ascend') : null);
  return [
    {
      key: 'name',
      title: t('common.name'),
      width: 180,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, image) => (
        <EllipsisText title={image.id === image.name ? image.name : `${image.name} (${image.id})`} data-testid="image-name">
          {image.name}
        </EllipsisText>
      ),
    },
    {
      key: 'provider',
      title: t('common.provider'),
      width: 130,
      sorter: true,
      sortOrder: sortOrder('provider'),
      render: (_, image) => (
        <EllipsisText title={connections.get(image.connectionId)?.name}>
          <Tag>{t(`provider.${image.provider}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{connections.get(image.connectionId)?.name}</Typography.Text>
        </EllipsisText>
      ),
    },
    {
      key: 'kind',
      title: t('images.col.kind'),
      width: 110,
      sorter: true,
      sortOrder: sortOrder('kind'),
      render: (_, image) => <EllipsisText small>{t(`images.kind.${image.kind}`)}</EllipsisText>,
    },
    { key: 'format', title: t('images.col.format'), width: 64, render: (_, image) => (image.format ? <EllipsisText small>{image.format}</EllipsisText> : dash) },
    {
      key: 'size',
      title: t('images.col.size'),
      width: 84,
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('size'),
      render: (_, image) => (image.sizeBytes === undefined ? dash : <EllipsisText small>{formatBytes(image.sizeBytes, locale)}</EllipsisText>),
    },
    {
      key: 'status',
      title: t('common.status'),
      width: 130,
      sorter: true,
      sortOrder: sortOrder('status'),
      render: (_, image) => (
        <EllipsisText title={jobInRow(image) ? [image.rawStatus, jobSummary(image, t)].filter(Boolean).join(' · ') : image.rawStatus}>
          <ImageStatusCell image={image} />
        </EllipsisText>
      ),
    },
    {
      key: 'location',
      title: t('images.col.location'),
      width: 140,
      sorter: true,
      sortOrder: sortOrder('location'),
      render: (_, image) => {
        const text = locationLabel(image, t, { short: true });
        return <EllipsisText title={locationLabel(image, t)} small>{text}</EllipsisText>;
      },
    },
    {
      key: 'created',
      title: t('images.col.created'),
      width: 120,
      sorter: true,
      sortOrder: sortOrder('created'),
      // The day fits the cell; the exact time is on hover and on the detail page.
      render: (_, image) => (image.createdAt ? <EllipsisText small title={formatDateTime(image.createdAt, locale)}>{formatDate(image.createdAt, locale)}</EllipsisText> : dash),
    },
    { key: 'origin', title: t('images.col.origin'), width: 84, render: (_, image) => <EllipsisText small><OriginLink image={image} /></EllipsisText> },
    {
      key: 'actions',
      title: t('common.actions'),
      // 'Actions' on one line; the origin column gave up the 16 px, so the table keeps its width at 1440 px.
      width: 80,
      fixed: 'right',
      align: 'center',
      // Details, Create VM and the provider's image actions, in one menu (refused ones greyed with the reason).
      render: (_, image) => {
        const connection = connections.get(image.connectionId);
        return connection ? <ImageRowActions connection={connection} image={image} /> : null;
      },
    },
  ];
}
