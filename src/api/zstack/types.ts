/**
 * ZStack Cloud REST API: request and response shapes.
 * Sources: shared/seeds/004_*; shared/research/zstack.md. Shared with mocks/zstack (types only).
 */

export interface ZStackErrorCode {
  code: string;
  description?: string;
  details?: string;
  elaboration?: string;
  location?: string;
  cost?: string;
  cause?: ZStackErrorCode;
  opaque?: Record<string, unknown>;
}

/** A failed sync API or a failed async job poll: HTTP 503 with this body. */
export interface ZStackErrorBody {
  error: ZStackErrorCode;
}

/** An async API's 202 answer. Poll `location` (rebuilt from its path) until 200 or 503. */
export interface ZStackAsyncAccepted {
  location: string;
  apiTimeout?: number;
}

export interface ZStackQueryReply<T> {
  inventories: T[];
  /** Only with replyWithCount=true. */
  total?: number;
}

export interface ZStackQuery {
  /** Each `field<op>value`, ANDed. */
  q?: string[];
  limit?: number;
  start?: number;
  count?: boolean;
  replyWithCount?: boolean;
  /** `+field` or `-field`. */
  sort?: string;
  fields?: string[];
}

export interface ZStackLogInByAccount {
  logInByAccount: {
    accountName: string;
    /** SHA-512 hex (lowercase) of the plain password. */
    password: string;
    accountType?: string;
  };
  systemTags?: string[];
  userTags?: string[];
}

export interface ZStackSessionInventory {
  uuid: string;
  accountUuid: string;
  userUuid: string;
  userType?: string;
  expiredDate: string;
  createDate: string;
}

export interface ZStackVmInstanceInventory {
  uuid: string;
  name: string;
  state: string;
  [field: string]: unknown;
}
