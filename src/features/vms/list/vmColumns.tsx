import { Link } from '@tanstack/react-router';
import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Connection } from '@/domain/connections/types';
import type { Vm } from '@/domain/vms/types';
import type { Locale, Translate } from '@/i18n';
import { formatDateTime } from '@/shared/format';
import { EllipsisText } from '@/shared/ui/EllipsisText';
import { resourcesText, resourcesTitle } from '@/shared/vms/resources';
import { VmStatusTag } from '@/shared/vms/VmStatusTag';
import { VmRowActions } from '../actions/VmRowActions';
import type { VmListSearch, VmSort } from './search';

/** Columns the user may hide (name and actions always show). */
export const HIDEABLE_COLUMNS = ['provider', 'location', 'status', 'resources', 'created', 'login'] as const;

const shortId = (id: string) => (id.length > 16 ? `${id.slice(0, 6)}…${id.slice(-4)}` : id);

export function locationLabel(vm: Pick<Vm, 'location'>): string {
  return vm.location.name ?? shortId(vm.location.id);
}

const loginText = (vm: Vm) => vm.login.map((l) => `${l.protocol.toUpperCase()} ${l.host}:${l.port}`).join(' · ');

interface Options {
  t: Translate;
  locale: Locale;
  search: VmListSearch;
  connections: ReadonlyMap<string, Connection>;
  hidden: readonly string[];
}

/**
 * Every cell is one line, so each row has the same height (the virtual list relies on it). The widths add up
 * to what a 1440 px screen leaves beside the side menu (~1130 px) with every column shown: long texts are cut
 * with an ellipsis and shown whole on hover, rather than the table scrolling sideways or hiding columns.
 */
export function vmColumns({ t, locale, search, connections, hidden }: Options): ColumnsType<Vm> {
  const sortOrder = (key: VmSort) => (search.sort === key ? (search.order === 'desc' ? 'descend' : 'ascend') : null);
  const columns: ColumnsType<Vm> = [
    {
      key: 'name',
      title: t('common.name'),
      width: 170,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, vm) => (
        <EllipsisText title={`${vm.name} (${vm.id})`}>
          <Link to="/vms/$connectionId/$vmId" params={{ connectionId: vm.connectionId, vmId: vm.id }} data-testid={`vm-link-${vm.id}`}>
            {vm.name}
          </Link>
        </EllipsisText>
      ),
    },
    {
      key: 'provider',
      title: t('common.provider'),
      width: 140,
      sorter: true,
      sortOrder: sortOrder('provider'),
      render: (_, vm) => (
        <EllipsisText title={connections.get(vm.connectionId)?.name}>
          <Tag>{t(`provider.${vm.provider}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{connections.get(vm.connectionId)?.name}</Typography.Text>
        </EllipsisText>
      ),
    },
    {
      key: 'location',
      // "Node / cluster / zone" would take three header lines in this narrow column: one word, the whole on hover.
      title: <span title={t('vms.col.location')}>{t('vmList.col.location')}</span>,
      width: 100,
      sorter: true,
      sortOrder: sortOrder('location'),
      render: (_, vm) => (
        <EllipsisText title={`${t(`vms.location.${vm.location.kind}`)}: ${vm.location.id}`} small>
          {locationLabel(vm)}
        </EllipsisText>
      ),
    },
    {
      key: 'status',
      title: t('common.status'),
      width: 130,
      sorter: true,
      sortOrder: sortOrder('status'),
      render: (_, vm) => (
        <EllipsisText title={vm.providerStatus}>
          <VmStatusTag vm={vm} />
        </EllipsisText>
      ),
    },
    {
      key: 'resources',
      title: t('vms.col.resources'),
      width: 140,
      render: (_, vm) => {
        const text = resourcesText(vm, t, locale);
        return <EllipsisText title={resourcesTitle(vm, t, locale)} small>{text}</EllipsisText>;
      },
    },
    {
      key: 'created',
      title: t('vms.col.created'),
      width: 140,
      sorter: true,
      sortOrder: sortOrder('created'),
      render: (_, vm) => {
        const text = formatDateTime(vm.createdAt, locale);
        return <EllipsisText title={text} small>{text}</EllipsisText>;
      },
    },
    {
      key: 'login',
      title: t('vms.col.login'),
      width: 170,
      render: (_, vm) => {
        const text = loginText(vm);
        return text ? <EllipsisText title={text} small>{text}</EllipsisText> : <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 72,
      fixed: 'right',
      render: (_, vm) => {
        const connection = connections.get(vm.connectionId);
        return connection ? <VmRowActions connection={connection} vm={vm} /> : null;
      },
    },
  ];
  return columns.filter((c) => !hidden.includes(String(c.key)));
}
