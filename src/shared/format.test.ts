// @vitest-environment node
import { formatBytes, formatDateTime, formatNumber } from './format';

describe('format helpers', () => {
  it('formats bytes in binary units with one decimal below 10', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KiB');
    expect(formatBytes(12 * 1024 ** 3, 'en')).toBe('12 GiB');
    expect(formatBytes(3.5 * 1024 ** 4, 'zh-CN')).toBe('3.5 TiB');
    expect(formatBytes(-1, 'en')).toBe('—');
  });

  it('groups numbers per locale', () => {
    expect(formatNumber(10000, 'en')).toBe('10,000');
    expect(formatNumber(10000, 'zh-CN')).toBe('10,000');
  });

  it('reads epoch seconds (vsd ctime) and ISO strings', () => {
    expect(formatDateTime(1631166673, 'en')).toMatch(/2021/);
    expect(formatDateTime('2016-07-15T16:20:05Z', 'zh-CN')).toMatch(/2016/);
    expect(formatDateTime('', 'en')).toBe('—');
    expect(formatDateTime('Nov 14, 2017 2:20:57 PM', 'en')).toMatch(/2017/);
  });
});
