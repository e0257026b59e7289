/**
 * What a read is given by its reader: react-query's signal, aborted when no one wants the answer any more
 * (the page was left). It travels from the query function through the domain service to axios, and the
 * provider limiter frees the slot of an aborted call (src/domain/fanout.ts).
 */
export interface ReadOptions {
  signal?: AbortSignal;
}
