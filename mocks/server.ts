/**
 * `npm run mock-server`: the same emulators over real HTTP, each provider under /<provider>/ + its real
 * paths (http://127.0.0.1:4010/zstack/zstack/v1/...), control API at /__control. MSW resolves every
 * request (getResponse): there is no second copy of the handlers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackendOptions } from './index';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET,POST,PUT,DELETE,PATCH,OPTIONS',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Expose-Headers': '*',
};

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

export function startMockServer(port: number, options: Partial<MockBackendOptions> = {}, log = console.log) {
  const backend = createMockBackend({ prefix: '*', timeScale: 1, ...options });
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    const finish = (status: number) => log(`${req.method} ${req.url} ${status} ${Date.now() - started}ms`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return finish(204);
    }
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const request = new Request(`http://${req.headers.host ?? `127.0.0.1:${port}`}${req.url ?? '/'}`, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined });
    try {
      const response = await getResponse(backend.handlers, request);
      if (!response) {
        res.writeHead(404, { ...CORS, 'Content-Type': 'text/plain' }).end(`no emulated endpoint for ${req.method} ${req.url}`);
        return finish(404);
      }
      // Header names are case-insensitive: the emulator's own CORS headers replace ours, never join them.
      const out: Record<string, string> = Object.fromEntries(Object.entries(CORS).map(([name, value]) => [name.toLowerCase(), value]));
      response.headers.forEach((value, name) => (out[name.toLowerCase()] = value));
      res.writeHead(response.status, out).end(Buffer.from(await response.arrayBuffer()));
      finish(response.status);
    } catch (error) {
      res.writeHead(500, { ...CORS, 'Content-Type': 'text/plain' }).end(String(error));
      finish(500);
    }
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
