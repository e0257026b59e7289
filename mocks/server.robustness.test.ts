// @vitest-environment node
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BODY_LIMIT_BYTES, startMockServer } from './server';

/**
 * `npm run mock-server` against requests no client library would send: raw bytes over node:net. Each case ends with
 * a normal request on a new connection, which proves the server is still up and answering. The server runs in this
 * process: what would end `npm run mock-server` (an unhandled rejection or exception) is recorded here instead.
 */
let server: Awaited<ReturnType<typeof startMockServer>>;
/** What would have ended a standalone mock server. */
const fatal: unknown[] = [];
const recordFatal = (error: unknown) => void fatal.push(error);
/** The server's log: one line per request it finished (or saw the client abandon). */
const logged: string[] = [];

beforeAll(async () => {
  process.on('unhandledRejection', recordFatal);
  process.on('uncaughtException', recordFatal);
  server = await startMockServer(0, {}, (line: string) => void logged.push(line));
});

afterAll(async () => {
  process.off('unhandledRejection', recordFatal);
  process.off('uncaughtException', recordFatal);
  await server?.close();
});

interface RawReply {
  status: number;
  head: string;
  body: string;
}

/** Sends `request` as is and collects the reply until the server closes the connection (every probe asks it to). */
function raw(request: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => resolve(parse(Buffer.concat(received).toString('latin1'))));
    socket.end(request);
  });
}

function parse(text: string): RawReply {
  const [head = '', body = ''] = text.split('\r\n\r\n', 2);
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
  return { status, head, body };
}

/** The proof of life after each probe: a provider-independent read on a fresh connection. */
async function expectStillUp() {
  expect(fatal).toEqual([]);
  const response = await fetch(`http://127.0.0.1:${server.port}/__control/state`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ dataset: 'demo' });
}

const request = (line: string, headers: string[] = ['Host: 127.0.0.1'], body = '') =>
  `${line}\r\n${[...headers, 'Connection: close'].join('\r\n')}\r\n\r\n${body}`;

describe('methods the emulators do not serve', () => {
  it('TRACE is answered 405 with the allowed methods, and the server stays up', async () => {
    const reply = await raw(request('TRACE /zstack/zstack/v1/vm-instances HTTP/1.1'));
    expect(reply.status).toBe(405);
    expect(reply.head).toMatch(/^allow: GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS$/im);
    await expectStillUp();
  });

  it.each(['PROPFIND', 'PURGE', 'MKCOL'])('%s (a method Node parses but no provider has) is answered 405', async (method) => {
    const reply = await raw(request(`${method} /vsd/v1/compute/vsd/snapshot/list HTTP/1.1`));
    expect(reply.status).toBe(405);
    await expectStillUp();
  });

  it('a method Node cannot parse at all is answered 501', async () => {
    const reply = await raw(request('BREW /dbc/api/v1/tasks HTTP/1.1'));
    expect(reply.status).toBe(501);
    await expectStillUp();
  });

  it('CONNECT (a tunnel request) is refused with 405', async () => {
    const reply = await raw(request('CONNECT example.com:443 HTTP/1.1', ['Host: example.com:443']));
    expect(reply.status).toBe(405);
    await expectStillUp();
  });
});

describe('malformed requests are 400, never 500 and never fatal', () => {
  it.each([
    ['a space', 'Host: exa mple.com'],
    ['a path in it', 'Host: evil.example/zstack?'],
    ['user info', 'Host: user@127.0.0.1'],
    ['an unclosed IPv6 bracket', 'Host: [::1'],
    ['a port that is not a number', 'Host: 127.0.0.1:http'],
  ])('a Host header with %s', async (_name, host) => {
    const reply = await raw(request('GET /__control/state HTTP/1.1', [host]));
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/Host/);
    await expectStillUp();
  });

  it('a request without a Host header is served on the server’s own address', async () => {
    const reply = await raw('GET /__control/state HTTP/1.0\r\n\r\n');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ dataset: 'demo' });
  });

  it.each([
    ['in the path', '/zstack/zstack/v1/vm-instances/%E0%A4%A'],
    ['in a path parameter', '/idc51/v2/zone/%ZZ/images'],
    ['in the query', '/zstack/zstack/v1/vm-instances?q=name%3D%E0%A4%A'],
  ])('bad percent-encoding %s', async (_name, path) => {
    const reply = await raw(request(`GET ${path} HTTP/1.1`));
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/percent-encoding/);
    await expectStillUp();
  });

  it('a request target that is not a path (absolute form) is 400', async () => {
    const reply = await raw(request('GET http://elsewhere.example/__control/state HTTP/1.1'));
    expect(reply.status).toBe(400);
    await expectStillUp();
  });

  it('bytes that are not HTTP at all are answered 400 (the parser’s clientError)', async () => {
    const reply = await raw('\x00\x01\x02 not http\r\n\r\n');
    expect(reply.status).toBe(400);
    await expectStillUp();
  });
});

describe('bodies', () => {
  it('an upload aborted mid-body (a test that timed out) leaves the server up', async () => {
    const socket = connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    const headers = ['POST /dbc/api/v1/tasks HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json', 'Content-Length: 10000'];
    await new Promise<void>((resolve) => socket.write(`${headers.join('\r\n')}\r\n\r\n{"peer_nodes_list": [`, () => resolve()));
    socket.destroy();
    // Wait until the server has dealt with the dropped connection, or failed to.
    await vi.waitFor(() => expect(fatal.length + logged.filter((line) => line.startsWith('POST /dbc/api/v1/tasks')).length).toBeGreaterThan(0));
    expect(fatal).toEqual([]);
    expect(logged).toContainEqual(expect.stringMatching(/^POST \/dbc\/api\/v1\/tasks client gone/));
    await expectStillUp();
  });

  it('a body whose chunked framing breaks halfway is answered 400 and leaves the server up', async () => {
    const reply = await raw(request('POST /dbc/api/v1/tasks HTTP/1.1', ['Host: 127.0.0.1', 'Transfer-Encoding: chunked'], '5\r\n{"pee\r\nZZ\r\nnot a chunk\r\n'));
    expect(reply.status).toBe(400);
    await vi.waitFor(() => expect(fatal.length + logged.filter((line) => line.startsWith('POST /dbc/api/v1/tasks client gone')).length).toBeGreaterThan(0));
    await expectStillUp();
  });

  it(`a declared Content-Length above ${BODY_LIMIT_BYTES} bytes is answered 413 before any of the body is read`, async () => {
    const reply = await raw(request('POST /dbc/api/v1/tasks HTTP/1.1', ['Host: 127.0.0.1', `Content-Length: ${BODY_LIMIT_BYTES + 1}`]));
    expect(reply.status).toBe(413);
    expect(reply.body).toContain(String(BODY_LIMIT_BYTES));
    await expectStillUp();
  });

  it('a body just under the limit still reaches the emulator (the limit refuses only what is above it)', async () => {
    const big = JSON.stringify({ peer_nodes_list: [], additional: {}, padding: 'x'.repeat(BODY_LIMIT_BYTES - 100) });
    expect(big.length).toBeLessThanOrEqual(BODY_LIMIT_BYTES);
    const response = await fetch(`http://127.0.0.1:${server.port}/dbc/api/v1/mining_nodes`, { method: 'POST', body: big });
    expect(response.status).toBe(200);
  });

  it('a 100 MB chunked upload is answered 413 without being buffered (memory grows by less than 50 MB)', async () => {
    const total = 100 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const socket = connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    const received: Buffer[] = [];
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('data', (data: Buffer) => received.push(data));
    // The server may close the connection while we still send: the 413 is what counts, not the rest of the upload.
    socket.on('error', () => undefined);
    const usage = () => {
      const { rss, arrayBuffers } = process.memoryUsage();
      return rss + arrayBuffers;
    };
    const before = usage();
    let peak = before;
    socket.write('POST /dbc/api/v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n');
    for (let sent = 0; sent < total && !socket.destroyed && received.length === 0; sent += chunk.length) {
      socket.write(`${chunk.length.toString(16)}\r\n`);
      socket.write(chunk);
      if (!socket.write('\r\n')) await new Promise<void>((resolve) => (socket.once('drain', resolve), socket.once('close', resolve)));
      peak = Math.max(peak, usage());
    }
    socket.end();
    await closed;
    peak = Math.max(peak, usage());
    expect(parse(Buffer.concat(received).toString('latin1')).status).toBe(413);
    expect(peak - before).toBeLessThan(50 * 1024 * 1024);
    await expectStillUp();
  }, 60_000);
});

describe('the control API answers only at the root', () => {
  it('/__control/state is the control API', async () => {
    await expectStillUp();
  });

  it.each(['/anything/__control/state', '/mock/__control/state', '//__control/state'])('%s is no emulated endpoint: 404', async (path) => {
    const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('"dataset"');
  });

  it('/zstack/__control/state is a (wrong) ZStack path, answered by the ZStack emulator, not by the control API', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/zstack/__control/state`);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('"dataset"');
  });

  it('a control call under a provider path changes nothing', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/anything/__control/settings`, { method: 'POST', body: JSON.stringify({ timeScale: 7 }) });
    expect(response.status).toBe(404);
    const state = (await (await fetch(`http://127.0.0.1:${server.port}/__control/state`)).json()) as { timeScale: number };
    expect(state.timeScale).toBe(1);
  });
});
