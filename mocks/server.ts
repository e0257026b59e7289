/**
 * `npm run mock-server`: the same emulators over real HTTP, each provider under /<provider>/ + its real
 * paths (http://127.0.0.1:4010/zstack/zstack/v1/...), control API at /__control (the root only). MSW resolves every
 * request (getResponse): there is no second copy of the handlers.
 *
 * It is a developer's and the test suites' backend, so no request may end it: every input is checked before MSW sees
 * it (400 malformed, 405/501 unserved methods, 413 too large), and every stream error is caught
 * (`mocks/server.robustness.test.ts` sends them all).
 */
import { STATUS_CODES, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackendOptions } from './index';

const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': SERVED_METHODS.filter((method) => method !== 'HEAD').join(','),
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Expose-Headers': '*',
};

/**
 * 8 MiB. Every provider call the emulators know is a small JSON document (the largest, a DBC create with a signed
 * session or a cloud-init script, is a few kB; no emulated API takes a file upload), so this refuses only what no
 * client should send, while the whole body of an accepted request is still held in memory at most twice (MSW's
 * Request and the request log's parsed copy).
 */
export const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/** A host name, IPv4 address or bracketed IPv6 address, with an optional port: nothing that could change the URL's path. */
const HOST_HEADER = /^(?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** A refusal of the client's input: its status and the plain-text reason sent back. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const tooLarge = () => new Refusal(413, `request body above the mock server's limit of ${BODY_LIMIT_BYTES} bytes`, { Connection: 'close' });

/**
 * Reads the body with a running count: at the limit it stops keeping chunks and refuses, so a 100 MB upload never
 * sits in memory. A connection that drops mid-body rejects (handled by the caller like any other failure).
 */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > BODY_LIMIT_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      reject(tooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(size ? Buffer.concat(chunks) : undefined));
    req.once('error', reject);
    req.once('close', () => (req.complete ? undefined : reject(new Error('the client closed the connection mid-body'))));
  });
}

/** The Fetch Request MSW resolves, or a Refusal naming what is malformed (MSW would throw on it, or misroute it). */
function toRequest(req: IncomingMessage, body: Buffer | undefined): Request {
  const target = req.url ?? '/';
  if (!target.startsWith('/')) throw new Refusal(400, `request target must be a path, not "${target.slice(0, 100)}"`);
  try {
    decodeURIComponent(target);
  } catch {
    throw new Refusal(400, `bad percent-encoding in "${target.slice(0, 200)}"`);
  }
  // HTTP/1.0 may omit Host: the address the request came in on stands in.
  const host = req.headers.host ?? `127.0.0.1:${req.socket.localPort ?? 80}`;
  if (!HOST_HEADER.test(host)) throw new Refusal(400, `malformed Host header "${host.slice(0, 100)}"`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  return new Request(`http://${host}${target}`, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined });
}

/** A complete HTTP/1.1 reply written straight to a socket that has no ServerResponse (parser errors, CONNECT). */
function rawReply(socket: Duplex, status: number, message: string, headers: Record<string, string> = {}) {
  const head = Object.entries({ ...headers, 'Content-Type': 'text/plain', 'Content-Length': String(Buffer.byteLength(message)), Connection: 'close' });
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head.map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${message}`);
}

/** A well-formed request line whose method Node does not know (`BREW / HTTP/1.1`), as opposed to bytes that are not HTTP. */
function looksLikeUnknownMethod(error: NodeJS.ErrnoException & { rawPacket?: unknown }): boolean {
  if (error.code !== 'HPE_INVALID_METHOD' || !Buffer.isBuffer(error.rawPacket)) return false;
  return /^[A-Za-z]+ \S+ HTTP\/1\.[01]\r\n/.test(error.rawPacket.toString('latin1'));
}

export function startMockServer(port: number, options: Partial<MockBackendOptions> = {}, log = console.log) {
  const backend = createMockBackend({ prefix: '*', timeScale: 1, ...options });
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    const finish = (status: number | string) => log(`${req.method} ${req.url} ${status} ${Date.now() - started}ms`);
    // A client that goes away makes these streams emit 'error': logged by `finish` below, never thrown.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const reply = (status: number, message: string, headers: Record<string, string> = {}) => {
      if (!res.headersSent && !res.destroyed) res.writeHead(status, { ...CORS, ...headers, 'Content-Type': 'text/plain' }).end(message);
      finish(status);
    };
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS).end();
        return finish(204);
      }
      if (!SERVED_METHODS.includes(req.method ?? '')) {
        throw new Refusal(405, `${req.method} is not served here`, { Allow: SERVED_METHODS.join(', ') });
      }
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      const response = await getResponse(backend.handlers, toRequest(req, body));
      if (!response) return reply(404, `no emulated endpoint for ${req.method} ${req.url}`);
      // Header names are case-insensitive: the emulator's own CORS headers replace ours, never join them.
      const out: Record<string, string> = Object.fromEntries(Object.entries(CORS).map(([name, value]) => [name.toLowerCase(), value]));
      response.headers.forEach((value, name) => (out[name.toLowerCase()] = value));
      const payload = Buffer.from(await response.arrayBuffer());
      if (res.destroyed) return finish('client gone');
      res.writeHead(response.status, out).end(payload);
      finish(response.status);
    } catch (error) {
      if (error instanceof Refusal) return reply(error.status, error.message, error.headers);
      if (req.destroyed || res.destroyed) return finish(`client gone (${String(error)})`);
      reply(500, String(error));
    }
  });
  // What Node's parser cannot read (an unknown method, bytes that are not HTTP, a header too large) arrives here,
  // not in the handler above; without a listener Node answers a bare 400 and the reason is lost.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : looksLikeUnknownMethod(error) ? 501 : 400;
    log(`(unparsable request) ${status} ${error.code ?? error.message}`);
    rawReply(socket, status, `unparsable request: ${error.code ?? error.message}`);
  });
  // A tunnel request has its own event and would otherwise just be dropped.
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => undefined);
    log(`CONNECT ${req.url} 405`);
    rawReply(socket, 405, 'CONNECT is not served here', { Allow: SERVED_METHODS.join(', ') });
  });
  return new Promise<{ close(): Promise<void>; port: number }>((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ port: actual, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isMain) {
  const port = Number(process.env.PORT ?? 4010);
  const timeScale = process.env.TIME_SCALE !== undefined ? Number(process.env.TIME_SCALE) : 1;
  const dataset = process.env.DATASET === 'large' ? 'large' : 'demo';
  void startMockServer(port, { timeScale, dataset }).then(({ port: actual }) => {
    console.log(`VM Deck mock server on http://127.0.0.1:${actual} (providers under /dbc /idc51 /vsd /zstack, control at /__control)`);
  });
}
