import { act, screen, waitFor, within } from '@testing-library/react';
import { focusManager } from '@tanstack/react-query';
import { renderApp } from '@/test/renderApp';

const logins = (app: Awaited<ReturnType<typeof renderApp>>) => app.requests.matching('PUT', '/accounts/login', 'zstack').length;

describe('A refused sign-in is remembered', () => {
  it('wrong password: 5 reads and a window focus send one login; "Retry sign-in" sends the next', async () => {
    const app = await renderApp('/vms', { connections: ['zstack'], secrets: { 'demo-zstack': { password: 'wrong password' } } });
    // The provider's refusal, with its own code.
    expect((await screen.findAllByText('Code ID.1000')).length).toBeGreaterThan(0);
    expect(logins(app)).toBe(1);

    for (let read = 0; read < 5; read++) {
      await act(() => app.queryClient.refetchQueries({ queryKey: ['vms', 'demo-zstack'] }));
    }
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    await act(() => app.queryClient.refetchQueries({ queryKey: ['vms', 'demo-zstack'] }));
    expect(logins(app)).toBe(1);

    const refused = await screen.findByTestId('sign-in-refused-demo-zstack');
    expect(refused).toHaveTextContent('The provider refused the sign-in. VM Deck will not try again');
    await app.user.click(within(refused).getByRole('button', { name: 'Retry sign-in' }));
    await waitFor(() => expect(logins(app)).toBe(2));
    focusManager.setFocused(undefined);
  });

  it('says so in Chinese too', async () => {
    await renderApp('/vms', { connections: ['zstack'], secrets: { 'demo-zstack': { password: 'wrong password' } }, locale: 'zh-CN' });
    const refused = await screen.findByTestId('sign-in-refused-demo-zstack');
    expect(refused).toHaveTextContent('服务商拒绝了登录');
    expect(within(refused).getByRole('button', { name: '重试登录' })).toBeInTheDocument();
  });
});
