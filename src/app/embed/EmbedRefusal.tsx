import { Result } from 'antd';
import { useT } from '@/shared/i18n/useT';

/** Shown instead of the console when a page that is not an allowed portal frames it (no buttons to overlay). */
export function EmbedRefusal({ parentOrigin }: { parentOrigin?: string }) {
  const t = useT();
  return (
    <Result
      status="403"
      data-testid="embed-refused"
      title={t('embed.refused.title')}
      subTitle={t('embed.refused.subtitle', { origin: parentOrigin ?? t('embed.refused.unknown') })}
      extra={
        <a href={window.location.href} target="_blank" rel="noopener noreferrer">
          {t('embed.refused.open')}
        </a>
      }
    />
  );
}
