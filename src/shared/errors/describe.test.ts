// @vitest-environment node
import { localizedMessages, messageFor } from './describe';

const both = { message: 'snapshot has more than one child', messageZh: '快照有多个子快照' };

describe('messages in the reader language', () => {
  it('shows the Chinese text to a Chinese reader and the provider message otherwise', () => {
    expect(messageFor(both, 'zh-CN')).toBe('快照有多个子快照');
    expect(messageFor(both, 'en')).toBe('snapshot has more than one child');
    expect(messageFor({ message: 'timeout' }, 'zh-CN')).toBe('timeout');
    expect(messageFor({ message: 'timeout', messageZh: '' }, 'zh-CN')).toBe('timeout');
  });

  it('puts the other language second only when it says something different', () => {
    expect(localizedMessages(both, 'zh-CN')).toEqual({ primary: '快照有多个子快照', secondary: 'snapshot has more than one child' });
    expect(localizedMessages(both, 'en')).toEqual({ primary: 'snapshot has more than one child', secondary: '快照有多个子快照' });
    expect(localizedMessages({ message: 'same', messageZh: 'same' }, 'zh-CN')).toEqual({ primary: 'same' });
    expect(localizedMessages({ message: 'only English' }, 'zh-CN')).toEqual({ primary: 'only English' });
  });
});
