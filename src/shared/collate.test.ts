import { compareNames } from './collate';

describe('compareNames', () => {
  it('orders Chinese names by pinyin', () => {
    // Code point order would be 上 (U+4E0A) < 北 (U+5317) < 广 (U+5E7F) < 深 (U+6DF1) < 阿 (U+963F).
    expect(['深圳', '上海', '北京', '阿里', '广州'].sort(compareNames)).toEqual(['阿里', '北京', '广州', '上海', '深圳']);
  });
  it('puts Latin names after the Chinese ones, ignoring case', () => {
    expect(['Zeta', '上海', 'beta', 'Alpha'].sort(compareNames)).toEqual(['上海', 'Alpha', 'beta', 'Zeta']);
  });
  it('compares digits by value', () => {
    expect(['node-10', 'node-2', 'node-1'].sort(compareNames)).toEqual(['node-1', 'node-2', 'node-10']);
  });
});
