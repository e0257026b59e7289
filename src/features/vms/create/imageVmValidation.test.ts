import { describe, expect, it } from 'vitest';
import { toImageVmInput, validateImageVm } from './imageVmValidation';

const complete = { name: 'web-01', imageId: 'img', offeringId: 'io', networkIds: ['l3'] };

describe('create from image: validation', () => {
  it('accepts a named VM with an image, an offering and a network', () => {
    expect(validateImageVm(complete)).toEqual({});
  });

  it('names each missing choice under its field', () => {
    expect(validateImageVm({ name: '  ', networkIds: [] })).toEqual({
      name: { key: 'createFromImage.problem.nameRequired' },
      imageId: { key: 'createFromImage.problem.imageRequired' },
      offeringId: { key: 'createFromImage.problem.offeringRequired' },
      networkIds: { key: 'createFromImage.problem.networksRequired' },
    });
  });

  it("holds the name and description to ZStack's lengths", () => {
    expect(validateImageVm({ ...complete, name: 'x'.repeat(255) }).name).toBeUndefined();
    expect(validateImageVm({ ...complete, name: 'x'.repeat(256) }).name).toEqual({ key: 'createFromImage.problem.nameTooLong', params: { max: 255 } });
    expect(validateImageVm({ ...complete, description: 'd'.repeat(2049) }).description?.params).toEqual({ max: 2048 });
  });

  it('sends the trimmed name and leaves an empty description out', () => {
    expect(toImageVmInput({ ...complete, name: ' web-01 ', description: ' ' })).toEqual({ name: 'web-01', imageId: 'img', offeringId: 'io', networkIds: ['l3'] });
    expect(toImageVmInput({ ...complete, description: 'blue' }).description).toBe('blue');
  });
});
