// @vitest-environment node
import { translate, type Locale, type Translate } from '@/i18n';
import { resourcesText } from './resources';

const t = (locale: Locale): Translate => (key, params) => translate(locale, key, params);

describe('resourcesText', () => {
  it('names each resource in the reader language', () => {
    const vm = { cpuCores: 4, gpuCount: 1, memoryBytes: 16 * 1024 ** 3 };
    expect(resourcesText(vm, t('en'), 'en')).toMatch(/^4 vCPU · 16 GiB · 1 GPU$/);
    expect(resourcesText(vm, t('zh-CN'), 'zh-CN')).toMatch(/^4 核 · 16 GiB · 1 卡 GPU$/);
  });

  it('is a dash when the provider gave no size', () => {
    expect(resourcesText({}, t('en'), 'en')).toBe('—');
  });
});
