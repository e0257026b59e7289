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

/** Every cell is one line, so each row has the same height (the virtual list relies on it). */
export function vmColumns({ t, locale, search, connections, hidden }: Options): ColumnsType<Vm> {
  const sortOrder = (key: VmSort) => (search.sort === key ? (search.order === 'desc' ? 'descend' : 'ascend') : null);
  const columns: ColumnsType<Vm> = [
    {
      key: 'name',
      title: t('common.name'),
      width: 260,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, vm) => (
        <EllipsisText title={`${vm.name} (${vm.id})`} maxWidth={240}>
          <Link to="/vms/$connectionId/$vmId" params={{ connectionId: vm.connectionId, vmId: vm.id }} data-testid={`vm-link-${vm.id}`}>
            {vm.name}
          </Link>
        </EllipsisText>
      ),
    },
    {
      key: 'provider',
      title: t('common.provider'),
      width: 200,
      sorter: true,
      sortOrder: sortOrder('provider'),
      render: (_, vm) => (
        <EllipsisText title={connections.get(vm.connectionId)?.name} maxWidth={180}>
          <Tag>{t(`provider.${vm.provider}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{connections.get(vm.connectionId)?.name}</Typography.Text>
        </EllipsisText>
      ),
    },
    {
      key: 'location',
      title: t('vms.col.location'),
      width: 170,
      sorter: true,
      sortOrder: sortOrder('location'),
      render: (_, vm) => (
        <EllipsisText title={`${t(`vms.location.${vm.location.kind}`)}: ${vm.location.id}`} maxWidth={150} small>
          {locationLabel(vm)}
        </EllipsisText>
      ),
    },
    { key: 'status', title: t('common.status'), width: 210, sorter: true, sortOrder: sortOrder('status'), render: (_, vm) => <VmStatusTag vm={vm} /> },
    {
      key: 'resources',
      title: t('vms.col.resources'),
      width: 270,
      render: (_, vm) => {
        const text = resourcesText(vm, t, locale);
        return <EllipsisText title={resourcesTitle(vm, t, locale)} maxWidth={250} small>{text}</EllipsisText>;
      },
    },
    {
      key: 'created',
      title: t('vms.col.created'),
      width: 180,
      sorter: true,
      sortOrder: sortOrder('created'),
      render: (_, vm) => <Typography.Text style={{ fontSize: 12 }}>{formatDateTime(vm.createdAt, locale)}</Typography.Text>,
    },
    {
      key: 'login',
      title: t('vms.col.login'),
      width: 260,
      render: (_, vm) => {
        const text = loginText(vm);
        return text ? <EllipsisText title={text} maxWidth={240} small>{text}</EllipsisText> : <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 70,
      fixed: 'right',
      render: (_, vm) => {
        const connection = connections.get(vm.connectionId);
        return connection ? <VmRowActions connection={connection} vm={vm} /> : null;
      },
    },
  ];
  return columns.filter((c) => !hidden.includes(String(c.key)));
}
