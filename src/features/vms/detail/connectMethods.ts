import type { MessageKey, MessageParams } from '@/i18n';
import type { LoginEndpoint, Vm } from '@/domain/vms/types';

export type ConnectProtocol = 'ssh' | 'rdp' | 'vnc';

/** One way into the VM: what to paste or open, or why it cannot be used now. */
export type ConnectMethod =
  | { protocol: ConnectProtocol; available: true; endpoint: LoginEndpoint; text: string; href?: string }
  | { protocol: ConnectProtocol; available: false; reason: { key: MessageKey; params?: MessageParams } };

// An IPv6 literal needs brackets before ":port" (RDP and VNC addresses); ssh takes the port apart (-p).
const hostPart = (host: string) => (host.includes(':') ? `[${host}]` : host);

function pasteable(endpoint: LoginEndpoint): { text: string; href?: string } {
  if (endpoint.protocol === 'ssh') return { text: `ssh -p ${endpoint.port} ${endpoint.user ? `${endpoint.user}@` : ''}${endpoint.host}` };
  const address = `${hostPart(endpoint.host)}:${endpoint.port}`;
  if (endpoint.protocol === 'vnc') return { text: `vnc://${address}`, href: `vnc://${address}` };
  return { text: address };
}

/**
 * SSH (Linux images), RDP (Windows images) and VNC, from what the provider reports for this VM (only DBC
 * reports addresses and credentials: docs/providers/dbc.md §4; the others keep console access in separate APIs).
 */
export function connectMethods(vm: Vm, statusLabel: string, providerLabel: string): ConnectMethod[] {
  const find = (protocol: ConnectProtocol) => vm.login.find((endpoint) => endpoint.protocol === protocol);
  return (['ssh', 'rdp', 'vnc'] as const).map((protocol): ConnectMethod => {
    const endpoint = find(protocol);
    if (!endpoint) {
      // DBC reports SSH for a Linux image and RDP for a Windows one: the missing one is the other image kind's.
      if (protocol === 'ssh' && find('rdp')) return { protocol, available: false, reason: { key: 'vmConnect.reason.useRdp' } };
      if (protocol === 'rdp' && find('ssh')) return { protocol, available: false, reason: { key: 'vmConnect.reason.useSsh' } };
      return { protocol, available: false, reason: { key: 'vmConnect.reason.notReported', params: { provider: providerLabel } } };
    }
    if (vm.status !== 'running') return { protocol, available: false, reason: { key: 'vmConnect.reason.notRunning', params: { status: statusLabel } } };
    return { protocol, available: true, endpoint, ...pasteable(endpoint) };
  });
}
