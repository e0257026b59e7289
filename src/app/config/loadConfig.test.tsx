import { render, screen } from '@testing-library/react';
import { ConfigErrorScreen } from '../ConfigErrorScreen';
import { loadConfig } from './loadConfig';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('loadConfig', () => {
  it('reports a missing config.json as a fetch issue with the status', async () => {
    const result = await loadConfig('/config.json', respond('not found', 404));
    expect(result).toEqual({ ok: false, issues: [{ path: '/config.json', code: 'fetch', expected: 'HTTP 404' }] });
  });

  it('reports invalid JSON', async () => {
    const result = await loadConfig('/config.json', respond('{"connections": ['));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('json');
  });

  it('reports an unreachable server', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const result = await loadConfig('/config.json', failing);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'fetch', expected: 'Failed to fetch' }] });
  });

  it('the error screen names each bad field instead of a blank page', async () => {
    const result = await loadConfig('/config.json', respond(JSON.stringify({ connections: [{ id: 'x', provider: 'aws', name: 'X', baseUrl: '/mock/x' }] })));
    if (result.ok) throw new Error('expected issues');
    render(<ConfigErrorScreen issues={result.issues} />);
    expect(screen.getByTestId('config-issues')).toHaveTextContent('connections[0].provider');
    expect(screen.getByTestId('config-issues')).toHaveTextContent('dbc | idc51 | vsd | zstack');
  });

  it('the error screen names a bad embed origin and says what an origin is', async () => {
    const result = await loadConfig('/config.json', respond(JSON.stringify({ connections: [], embed: { allowedOrigins: ['*'] } })));
    if (result.ok) throw new Error('expected issues');
    render(<ConfigErrorScreen issues={result.issues} />);
    expect(screen.getByTestId('config-issues')).toHaveTextContent('embed.allowedOrigins[0]');
    expect(screen.getByTestId('config-issues')).toHaveTextContent('is not an origin (*): write scheme://host[:port]');
  });
});

describe('loadConfig: a body that fails after the headers', () => {
  it('is a named fetch issue (shown on the error screen), not a rejected start-up and a blank page', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('network error while reading the body'));
      },
    });
    const broken = (async () => new Response(body, { status: 200 })) as unknown as typeof fetch;
    const result = await loadConfig('/config.json', broken);
    expect(result).toEqual({ ok: false, issues: [{ path: '/config.json', code: 'fetch', expected: 'network error while reading the body' }] });
    if (result.ok) return;
    render(<ConfigErrorScreen issues={result.issues} />);
    expect(screen.getByTestId('config-issues')).toHaveTextContent('/config.json could not be loaded (network error while reading the body)');
  });

  it('names a refused base URL and a reserved id on the error screen', async () => {
    const entry = { provider: 'zstack', name: 'Z', baseUrl: '//evil.example' };
    const result = await loadConfig('/config.json', respond(JSON.stringify({ connections: [{ ...entry, id: 'constructor' }, { ...entry, id: 'b', baseUrl: 'https://u:pw@zs.example.com' }] })));
    if (result.ok) throw new Error('expected issues');
    render(<ConfigErrorScreen issues={result.issues} />);
    const list = screen.getByTestId('config-issues');
    expect(list).toHaveTextContent('connections[0].id is a reserved name (constructor): choose another id');
    expect(list).toHaveTextContent('connections[0].baseUrl starts with // or /\\ and so names another host');
    expect(list).toHaveTextContent('connections[1].baseUrl must not carry a user name or password (user:password@)');
    expect(list).not.toHaveTextContent('pw@');
  });
});
