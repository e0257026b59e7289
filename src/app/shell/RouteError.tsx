import { Button, Result } from 'antd';
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';

/** A page that threw: the error, and a retry that re-runs its loaders and re-renders it. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  return (
    <Result
      status="error"
      title={t('error.title')}
      subTitle={t('error.subtitle')}
      data-testid="route-error"
      extra={
        <Button
          type="primary"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          {t('common.retry')}
        </Button>
      }
    >
      <ProviderErrorView error={error} />
    </Result>
  );
}

export function NotFound() {
  const t = useT();
  const router = useRouter();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle', { path: router.state.location.pathname })}
      data-testid="not-found"
      extra={
        <Link to="/">
          <Button type="primary">{t('notFound.back')}</Button>
        </Link>
      }
    />
  );
}
