// @vitest-environment node
import { signDemo, DBC_DEMO_MULTISIG, DBC_DEMO_RENTER } from '../mocks/dbc/lib/identities';
import { mnemonicSigner } from '@/features/renter/signer';
import { checkMultisig, multisigSessionId, signInWithWallet } from '@/features/renter/signIn';
import { demoRuntime, emulatedBackend } from './vms-emulated';

const NODE_A = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const NODE_B = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const UNKNOWN = 'f'.repeat(64);

const mock = emulatedBackend();

function nodes(secrets = {}) {
  const service = demoRuntime('dbc', { secrets }).runtime.nodes;
  if (!service) throw new Error('the DBC runtime has no node service');
  return service;
}

describe('DBC node service against the emulator', () => {
  it('reads both demo nodes as GpuNodes: GPUs, CPU, memory, disks, images, masked ip', async () => {
    for (const nodeId of [NODE_A, NODE_B]) {
      const node = await nodes().get(nodeId);
      expect(node).toMatchObject({ connectionId: 'demo-dbc', nodeId, online: true });
      expect(node.ip).toMatch(/^\*\.\d+\.\*\.\d+$/);
      expect(node.gpu.count).toBeGreaterThan(0);
      expect(node.gpu.used).toBeLessThanOrEqual(node.gpu.count);
      expect(node.cpu.cores).toBeGreaterThan(0);
      expect(node.cpu.usagePercent).toBeGreaterThan(0);
      expect(node.memory.totalBytes).toBeGreaterThan(node.memory.freeBytes ?? Infinity);
      expect(node.disks[0]).toMatchObject({ path: '/data', totalBytes: expect.any(Number), freeBytes: expect.any(Number) });
      expect(node.images.length).toBeGreaterThan(0);
      expect(node.images.every((i) => i.name.endsWith('.qcow2') && (i.sizeBytes ?? 0) > 0)).toBe(true);
    }
  });

  it('an unknown node fails with the client\'s own error (one node, not the whole list)', async () => {
    await expect(nodes().get(UNKNOWN)).rejects.toMatchObject({ name: 'ProviderError', code: '-32701' });
  });

  it('an injected node timeout fails that call as a ProviderError', async () => {
    mock.backend.env.faults.add({ provider: 'dbc', route: '/api/v1/mining_nodes', error: { status: 500, code: '-1', message: 'query node timeout' }, times: 1 });
    await expect(nodes().get(NODE_A)).rejects.toMatchObject({ name: 'ProviderError', httpStatus: 500 });
    await expect(nodes().get(NODE_A)).resolves.toMatchObject({ nodeId: NODE_A });
  });
});

describe('renter sign-in against the emulator', () => {
  it('the demo mnemonic signs in: same wallet and session as the seed, and the session works for node calls', async () => {
    const signer = await mnemonicSigner(DBC_DEMO_RENTER.mnemonic);
    expect(signer.address).toBe(DBC_DEMO_RENTER.address);
    const session = await signInWithWallet(nodes(), NODE_A, signer);
    expect(session).toEqual({ sessionId: DBC_DEMO_RENTER.sessionId, sessionIdSign: expect.stringMatching(/^0x[0-9a-f]{128}$/), renterWallet: DBC_DEMO_RENTER.address });
    const { runtime } = demoRuntime('dbc', { secrets: { sessionId: session.sessionId, sessionIdSign: session.sessionIdSign } });
    await expect(runtime.probe()).resolves.toMatchObject({ authenticated: true });
    await expect(runtime.vms.list()).resolves.toMatchObject({ vms: expect.any(Array) });
  });

  it('a wallet that does not rent the node is refused by the node', async () => {
    const stranger = await mnemonicSigner('math agree state umbrella spread shoot acquire wash april outer base stairs');
    await expect(signInWithWallet(nodes(), NODE_A, stranger)).rejects.toMatchObject({ message: expect.stringContaining('check authority failed') });
  });

  it('a session cannot fetch a session: the service sends only the signature block', async () => {
    const signer = await mnemonicSigner(DBC_DEMO_RENTER.mnemonic);
    const nonce = 'n-1';
    const id = await nodes().sessionId(NODE_A, { wallet: signer.address, nonce, sign: await signer.sign(nonce), session_id: 'x', session_id_sign: 'y' });
    expect(id).toBe(DBC_DEMO_RENTER.sessionId);
  });

  it('multisig: 2 of 3 members\' signs (threshold sent as a string) get the multisig session', async () => {
    const nodeId = await findMultisigNode();
    const signs = (['member1', 'member2'] as const).map((who, i) => ({ wallet: DBC_DEMO_MULTISIG.wallets[i]!, nonce: `nonce-${who}`, sign: signDemo(`nonce-${who}`, who) }));
    const input = { wallets: [...DBC_DEMO_MULTISIG.wallets], threshold: 2, signs };
    expect(checkMultisig(input)).toBeUndefined();
    await expect(multisigSessionId(nodes(), nodeId, input)).resolves.toBe(DBC_DEMO_MULTISIG.sessionId);
    expect(checkMultisig({ ...input, signs: signs.slice(0, 1) })).toBe('signsTooFew');
    expect(checkMultisig({ ...input, threshold: 4 })).toBe('threshold');
    expect(checkMultisig({ ...input, signs: [...signs.slice(0, 1), { ...signs[1]!, wallet: DBC_DEMO_RENTER.address }] })).toBe('signerNotMember');
  });
});

/** The multisig demo node's full id, from the client's node list. */
async function findMultisigNode(): Promise<string> {
  const response = await fetch('http://localhost/mock/dbc/api/v1/mining_nodes', { method: 'POST', body: JSON.stringify({ peer_nodes_list: [], additional: {} }) });
  const body = (await response.json()) as { message: { mining_nodes: Array<{ node_id: string }> } };
  const id = body.message.mining_nodes.map((n) => n.node_id).find((n) => n.startsWith('9fdf') && n.endsWith('2e7f'));
  if (!id) throw new Error('no multisig demo node');
  return id;
}
