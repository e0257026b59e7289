import { Card, Empty } from 'antd';
import type { MessageKey } from '@/i18n';
import { useT } from '@/shared/i18n/useT';
import { PageHeader } from '@/shared/ui/PageHeader';

/** Nodes, VMs, Snapshots and Images are built by the next issues on this foundation; until then, say so. */
export function AreaPage({ area }: { area: MessageKey }) {
  const t = useT();
  const name = t(area);
  return (
    <>
      <PageHeader title={name} />
      <Card>
        <Empty description={<><strong>{t('area.comingTitle', { area: name })}</strong><br />{t('area.comingBody')}</>} />
      </Card>
    </>
  );
}
