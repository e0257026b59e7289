import { Descriptions } from 'antd';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '@/shared/i18n/useT';
import { useEmbed } from '@/shared/embed';

/** Development only: how many host messages were accepted and why others were ignored. */
export function EmbedDebugPanel() {
  const t = useT();
  const { accepted, ignored, parentOrigin } = useEmbed(useShallow((state) => ({ accepted: state.accepted, ignored: state.ignored, parentOrigin: state.parentOrigin })));
  return (
    <Descriptions
      data-testid="embed-debug"
      size="small"
      bordered
      column={5}
      title={t('embed.debug.title')}
      style={{ marginTop: 16 }}
      items={[
        { key: 'parent', label: t('embed.debug.parent'), children: parentOrigin ?? '—' },
        { key: 'accepted', label: t('embed.debug.accepted'), children: accepted },
        { key: 'origin', label: `${t('embed.debug.ignored')}: ${t('embed.debug.origin')}`, children: ignored.origin },
        { key: 'source', label: `${t('embed.debug.ignored')}: ${t('embed.debug.source')}`, children: ignored.source },
        { key: 'shape', label: `${t('embed.debug.ignored')}: ${t('embed.debug.shape')}`, children: ignored.shape },
      ]}
    />
  );
}
