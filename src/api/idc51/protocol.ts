import { ProviderError, kindFromStatus, retriableStatus } from '../errors';
import { genericFailure, isRecord, type ProviderProtocol } from '../http';

/** 51idc: bare success bodies; failures are the HTTP status plus `{code, message, detail}`. */
export const idc51Protocol: ProviderProtocol = {
  provider: 'idc51',
  fromFailure(status, body) {
    if (isRecord(body) && body.code !== undefined && typeof body.message === 'string') {
      return new ProviderError({
        provider: 'idc51',
        httpStatus: status,
        code: String(body.code),
        message: body.message,
        details: typeof body.detail === 'string' && body.detail ? body.detail : undefined,
        kind: kindFromStatus(status),
        retriable: retriableStatus(status),
      });
    }
    return genericFailure('idc51', status, body);
  },
};
