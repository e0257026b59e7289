import { create } from 'zustand';
import { isConnectionId } from '@/domain/connections/connectionId';
import type { AnySecrets } from '@/domain/connections/types';
import { closeRuntime } from '@/domain/providers/registry';
import type { SessionAnswer } from '@/domain/providers/types';
import { safeStorage } from '../storage';

const TAB_PREFIX = 'vmdeck.secrets.';

const tabStorage = () => safeStorage('sessionStorage');

/** Secrets remembered for this tab (sessionStorage): read once at start. */
function loadRemembered(): { byId: Record<string, AnySecrets>; remembered: Record<string, boolean> } {
  const storage = tabStorage();
  const byId: Record<string, AnySecrets> = {};
  const remembered: Record<string, boolean> = {};
  if (!storage) return { byId, remembered };
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(TAB_PREFIX)) continue;
    const connectionId = key.slice(TAB_PREFIX.length);
    // `byId['__proto__'] = ...` would give every connection these secrets: only real connection ids are read.
    if (!isConnectionId(connectionId)) continue;
    try {
      byId[connectionId] = JSON.parse(storage.getItem(key) ?? '{}') as AnySecrets;
      remembered[connectionId] = true;
    } catch {
      storage.removeItem(key);
    }
  }
  return { byId, remembered };
}

/** A DBC renter session the nodes refused: the one fact every screen reads (VM lists, nodes, overview, header). */
export interface SessionRefusal {
  sessionId: string;
  /** When the first node refused it (epoch ms). */
  at: number;
  /** The nodes that refused it; a later answer with the same session from a node takes that node off. */
  nodeIds: string[];
  /** The node's refusal as received (shown with the alert). */
  error: unknown;
}

interface SecretsState {
  byId: Record<string, AnySecrets>;
  remembered: Record<string, boolean>;
  /** Sessions refused by their nodes, by connection id; a sign-in (new secrets) or sign-out clears it. */
  refused: Record<string, SessionRefusal>;
  /** Connections the user signed out of in this tab: their pages say so instead of showing (or fetching) data. */
  signedOut: Record<string, true>;
  /** How a node answered a call made with a session (reported by the DBC runtime); other sessions are ignored. */
  sessionAnswer(connectionId: string, answer: SessionAnswer, at?: number): void;
  /** Replaces a connection's secrets. `rememberForTab` mirrors them to sessionStorage, never localStorage. */
  setSecrets(connectionId: string, secrets: AnySecrets, rememberForTab: boolean): void;
  /** Fills secrets only where none are set (demo credentials from config.json). */
  provideDefaults(connectionId: string, secrets: AnySecrets): void;
  clear(connectionId: string): void;
  /** Forgets the secrets (as `clear`) and marks the connection signed out until new secrets are set. */
  signOut(connectionId: string): void;
}

/** Passwords, session ids and signatures: memory only (deliberately not zustand/persist). */
export const useSecrets = create<SecretsState>()((set, get) => ({
  ...loadRemembered(),
  refused: {},
  signedOut: {},
  sessionAnswer(connectionId, answer, at = Date.now()) {
    const state = get();
    // A late answer about a session the user has since replaced says nothing about the current one.
    if (state.byId[connectionId]?.sessionId !== answer.sessionId) return;
    const known = state.refused[connectionId];
    const current = known?.sessionId === answer.sessionId ? known : undefined;
    if (answer.error !== undefined) {
      if (current?.nodeIds.includes(answer.nodeId)) return;
      const next: SessionRefusal = current
        ? { ...current, nodeIds: [...current.nodeIds, answer.nodeId] }
        : { sessionId: answer.sessionId, at, nodeIds: [answer.nodeId], error: answer.error };
      set({ refused: { ...state.refused, [connectionId]: next } });
      return;
    }
    if (!current?.nodeIds.includes(answer.nodeId)) return;
    const nodeIds = current.nodeIds.filter((id) => id !== answer.nodeId);
    const { [connectionId]: _accepted, ...others } = state.refused;
    set({ refused: nodeIds.length > 0 ? { ...others, [connectionId]: { ...current, nodeIds } } : others });
  },
  setSecrets(connectionId, secrets, rememberForTab) {
    const clean = Object.fromEntries(Object.entries(secrets).filter(([, value]) => value)) as AnySecrets;
    const storage = tabStorage();
    if (rememberForTab) storage?.setItem(TAB_PREFIX + connectionId, JSON.stringify(clean));
    else storage?.removeItem(TAB_PREFIX + connectionId);
    // The session made with the old secrets is ended, and a sign-in refusal they earned is forgotten with it.
    void closeRuntime(connectionId);
    set((state) => {
      const { [connectionId]: _signedInAgain, ...refused } = state.refused;
      const { [connectionId]: _back, ...signedOut } = state.signedOut;
      return {
        byId: { ...state.byId, [connectionId]: clean },
        remembered: { ...state.remembered, [connectionId]: rememberForTab },
        refused,
        signedOut,
      };
    });
  },
  provideDefaults(connectionId, secrets) {
    if (get().byId[connectionId]) return;
    set((state) => ({ byId: { ...state.byId, [connectionId]: secrets } }));
  },
  clear(connectionId) {
    tabStorage()?.removeItem(TAB_PREFIX + connectionId);
    void closeRuntime(connectionId);
    set((state) => {
      const { [connectionId]: _gone, ...byId } = state.byId;
      const { [connectionId]: _flag, ...remembered } = state.remembered;
      const { [connectionId]: _signedOut, ...refused } = state.refused;
      const { [connectionId]: _mark, ...signedOut } = state.signedOut;
      return { byId, remembered, refused, signedOut };
    });
  },
  signOut(connectionId) {
    get().clear(connectionId);
    set((state) => ({ signedOut: { ...state.signedOut, [connectionId]: true } }));
  },
}));

/** The domain's secrets source: read at call time, so a session is signed in with the latest values. */
export const readSecrets = (connectionId: string): AnySecrets => useSecrets.getState().byId[connectionId] ?? {};

/** The connection's refused renter session, if its nodes refused the session it holds now. */
export const useSessionRefusal = (connectionId: string): SessionRefusal | undefined => useSecrets((state) => state.refused[connectionId]);

/** True once the user signed out of the connection (until they sign in again). */
export const useSignedOut = (connectionId: string): boolean => useSecrets((state) => state.signedOut[connectionId] ?? false);
