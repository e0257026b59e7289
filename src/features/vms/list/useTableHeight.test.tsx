import { renderHook } from '@testing-library/react';
import { useEmbed } from '@/shared/embed';
import { EMBEDDED_TABLE_HEIGHT, useTableHeight } from './useTableHeight';

describe('useTableHeight', () => {
  it('follows the window, except embedded: there the host sizes the frame from the content, so the table must not size itself from the frame', () => {
    const innerHeight = window.innerHeight;
    window.innerHeight = 2000;
    onTestFinished(() => {
      window.innerHeight = innerHeight;
      useEmbed.setState({ embedded: false });
    });
    expect(renderHook(() => useTableHeight(380, 320)).result.current).toBe(1620);
    useEmbed.setState({ embedded: true });
    expect(renderHook(() => useTableHeight(380, 320)).result.current).toBe(EMBEDDED_TABLE_HEIGHT);
  });
});
