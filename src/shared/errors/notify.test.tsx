import { act, render, screen } from '@testing-library/react';
import { ProviderError } from '@/api/errors';
import { AppProviders } from '@/app/AppProviders';
import { usePreferences } from '../preferences/store';
import { reportError, reportSuccess } from './notify';

const vsdError = new ProviderError({
  provider: 'vsd',
  httpStatus: 200,
  code: '12007',
  message: 'snapshot has more than one child',
  messageZh: '快照有多个子快照，不能删除',
  details: 'snapshot: temp\ncompute.snapshot.delete',
  kind: 'conflict',
  retriable: false,
});

describe('error policy (notifications)', () => {
  it('shows provider, kind, both languages and the provider code', async () => {
    usePreferences.setState({ locale: 'zh-CN' });
    render(<AppProviders>app</AppProviders>);
    act(() => reportError(vsdError));
    expect(await screen.findByText('超融合 (vsd) · 当前状态不允许此操作')).toBeInTheDocument();
    expect(screen.getByText('快照有多个子快照，不能删除')).toBeInTheDocument();
    expect(screen.getByText('snapshot has more than one child')).toBeInTheDocument();
    expect(screen.getByText('错误码 12007')).toBeInTheDocument();
    expect(screen.getByText('HTTP 200')).toBeInTheDocument();
  });

  it('the same failure twice is one notification, not two', async () => {
    usePreferences.setState({ locale: 'en' });
    render(<AppProviders>app</AppProviders>);
    act(() => {
      reportError(vsdError);
      reportError(vsdError);
    });
    expect(await screen.findAllByText('Code 12007')).toHaveLength(1);
  });

  it('a success fades by itself after 3 s while an error stays until closed', async () => {
    // Fake timers: the 3 s pass when the test says so, not on the wall clock.
    vi.useFakeTimers();
    try {
      usePreferences.setState({ locale: 'en' });
      render(<AppProviders>app</AppProviders>);
      act(() => {
        reportError(vsdError);
        reportSuccess('Connection saved');
      });
      await act(() => vi.advanceTimersByTimeAsync(0));
      // jsdom runs no CSS transitions, so "closing" is the notice entering antd's leave animation.
      const notice = (text: string) => screen.getByText(text).closest('.ant-notification-notice');
      expect(notice('Connection saved')).not.toHaveClass('ant-notification-fade-leave');
      await act(() => vi.advanceTimersByTimeAsync(2_900));
      expect(notice('Connection saved')).not.toHaveClass('ant-notification-fade-leave');
      await act(() => vi.advanceTimersByTimeAsync(200));
      expect(notice('Connection saved')).toHaveClass('ant-notification-fade-leave');
      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(notice('Code 12007')).not.toHaveClass('ant-notification-fade-leave');
    } finally {
      vi.useRealTimers();
    }
  });
});
