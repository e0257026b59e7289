import { App } from 'antd';
import type { NotificationInstance } from 'antd/es/notification/interface';
import { useEffect } from 'react';
import type { Translate } from '@/i18n';
import { errorKey, errorTitle } from './describe';
import { ProviderErrorView } from './ProviderErrorView';
import { useRecentErrors } from './recent';

/**
 * The one place errors are shown as notifications (react-query's caches call reportError). Errors stay
 * until closed; successes fade. A call opts out with `meta: { silent: true }` and shows the error in place.
 */
let api: NotificationInstance | undefined;
let translate: Translate | undefined;

/** `recorded`: already listed in the last errors (a failed read records itself once per connection and area). */
export function reportError(error: unknown, { recorded = false }: { recorded?: boolean } = {}): void {
  if (!recorded) useRecentErrors.getState().push(error);
  if (!api || !translate) return;
  api.error({
    key: errorKey(error),
    title: errorTitle(error, translate),
    description: <ProviderErrorView error={error} />,
    duration: false,
  });
}

export function reportSuccess(title: string): void {
  api?.success({ title, duration: 3 });
}

/** Mounted once inside antd's <App>, so notifications get the theme and locale. */
export function NotificationBridge({ t }: { t: Translate }) {
  const { notification } = App.useApp();
  useEffect(() => {
    api = notification;
    translate = t;
  }, [notification, t]);
  return null;
}
