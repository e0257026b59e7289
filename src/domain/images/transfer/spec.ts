import type { JobSpec } from '../../jobs/types';

/** A DBC image transfer job: a center image copied onto a node, or a node's file copied to an image server. */
export type DbcTransferSpec = Extract<JobSpec, { kind: 'dbc-image-download' | 'dbc-image-upload' }>;

export const isDbcTransfer = (spec: JobSpec): spec is DbcTransferSpec => spec.kind === 'dbc-image-download' || spec.kind === 'dbc-image-upload';

export const transferDirection = (spec: DbcTransferSpec): 'upload' | 'download' => (spec.kind === 'dbc-image-upload' ? 'upload' : 'download');
