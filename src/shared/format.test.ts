// @vitest-environment node
import { formatBytes, formatDate, formatDateTime, formatNumber } from './format';

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

  describe('dates, in a fixed time zone (Asia/Shanghai, UTC+8, no daylight saving)', () => {
    const zone = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'Asia/Shanghai';
    });
    afterAll(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it('reads epoch seconds (vsd ctime), epoch ms and ISO strings, in both locales', () => {
      // 1631166673 s = 2021-09-09 05:51:13 UTC
      expect(formatDateTime(1631166673, 'en')).toBe('09/09/2021 1:51:13 PM');
      expect(formatDateTime(1631166673, 'zh-CN')).toBe('2021/09/09 13:51:13');
      expect(formatDateTime(1631166673_000, 'en')).toBe('09/09/2021 1:51:13 PM');
      // Past midnight in UTC+8: the local date is the next day.
      expect(formatDateTime('2016-07-15T16:20:05Z', 'zh-CN')).toBe('2016/07/16 00:20:05');
      expect(formatDateTime('2016-07-15T16:20:05Z', 'en')).toBe('07/16/2016 12:20:05 AM');
    });

    it('reads ZStack (Gson) dates as local time, and shows nothing or the raw text when there is no date', () => {
      expect(formatDateTime('Nov 14, 2017 2:20:57 PM', 'en')).toBe('11/14/2017 2:20:57 PM');
      expect(formatDateTime('Nov 14, 2017 2:20:57 PM', 'zh-CN')).toBe('2017/11/14 14:20:57');
      expect(formatDateTime('', 'en')).toBe('—');
      expect(formatDateTime(undefined, 'zh-CN')).toBe('—');
      expect(formatDateTime('not a date', 'en')).toBe('not a date');
    });
  });
});

describe('formatDate', () => {
  it('shows the day alone in each locale, a dash for nothing and unparseable text as given', () => {
    expect(formatDate('2026-11-23T08:00:00', 'en')).toBe('11/23/2026');
    expect(formatDate('2026-11-23T08:00:00', 'zh-CN')).toBe('2026/11/23');
    expect(formatDate(undefined, 'en')).toBe('—');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
