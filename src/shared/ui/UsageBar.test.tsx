import { render, screen } from '@testing-library/react';
import { UsageBar } from './UsageBar';

describe('UsageBar', () => {
  it('shows the rounded, clamped share as an accessible progress bar with its label', () => {
    render(<UsageBar percent={42.6} label="12 GiB free of 64 GiB" />);
    const bar = screen.getByRole('progressbar', { name: '12 GiB free of 64 GiB' });
    expect(bar).toHaveAttribute('aria-valuenow', '43');
    expect(bar).not.toHaveAttribute('data-alert');
    expect(screen.getByText('43%')).toBeInTheDocument();
    expect(screen.getByTitle('12 GiB free of 64 GiB')).toHaveTextContent('12 GiB free of 64 GiB');
  });

  it('marks 90% and more as an alert and never draws past 100%', () => {
    render(<UsageBar percent={130} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(bar).toHaveAttribute('data-alert', 'true');
  });

  it('shows a dash (or the label) when the provider gave no share', () => {
    const { rerender } = render(<UsageBar />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('—')).toBeInTheDocument();
    rerender(<UsageBar label="/data" />);
    expect(screen.getByText('/data')).toBeInTheDocument();
  });
});
