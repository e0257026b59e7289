import { describe, expect, it } from 'vitest';
import { dbcImagePreselect } from './imagePreselect';

describe('dbcImagePreselect', () => {
  it('a node image names its node and file; a center image only its file', () => {
    expect(dbcImagePreselect('node:abc123/ubuntu-22.04.qcow2')).toEqual({ nodeId: 'abc123', imageName: 'ubuntu-22.04.qcow2' });
    expect(dbcImagePreselect('server:srv-1/win10.qcow2')).toEqual({ imageName: 'win10.qcow2' });
  });

  it('anything else preselects nothing', () => {
    expect(dbcImagePreselect(undefined)).toBeUndefined();
    expect(dbcImagePreselect('314d80c2feb5352c984b3ffd36108c32')).toBeUndefined();
  });
});
