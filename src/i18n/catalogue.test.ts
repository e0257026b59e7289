// @vitest-environment node
import { en, zhCN } from './catalogue';
import { catalogues, detectLocale, translate } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('no message is empty and both languages use the same placeholders', () => {
    for (const [key, text] of Object.entries(en)) {
      const zh = zhCN[key as keyof typeof en];
      expect(text.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(text));
    }
  });

  it('fills placeholders and keeps a missing one visible', () => {
    expect(translate('en', 'header.activeCount', { active: 2, total: 4 })).toBe('2 of 4 active');
    expect(translate('zh-CN', 'header.activeCount', { active: 2, total: 4 })).toBe('已启用 2 / 4');
    expect(translate('en', 'header.activeCount', { active: 2 })).toBe('2 of {total} active');
    expect(Object.keys(catalogues)).toEqual(['en', 'zh-CN']);
  });

  it('guesses the locale from the browser languages', () => {
    expect(detectLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale(['en-GB'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});
