import { isEmulated } from '@/domain/connections/types';
import { readSecrets, useSecrets } from '@/shared/connections/secrets';
import { selectConnections, useConnectionStore } from '@/shared/connections/store';
import { useEmbed } from '@/shared/embed';
import { usePreferences } from '@/shared/preferences/store';
import type { ConsoleEvent, HostMessage } from './contract';

export interface ApplyContext {
  navigate(route: string): void;
  post(event: ConsoleEvent): void;
}

/** What a verified host message does in the console. */
export function applyHostMessage(message: HostMessage, { navigate, post }: ApplyContext): void {
  const preferences = usePreferences.getState();
  switch (message.type) {
    case 'setTheme':
      return preferences.setTheme(message.theme);
    case 'setLocale':
      return preferences.setLocale(message.locale);
    case 'navigate':
      return navigate(message.route);
    case 'init': {
      preferences.setTheme(message.theme);
      preferences.setLocale(message.locale);
      const known = selectConnections(useConnectionStore.getState());
      const knownIds = new Set(known.map((connection) => connection.id));
      const unknown = [...(message.connectionIds ?? []), ...Object.keys(message.credentials ?? {})].filter((id) => !knownIds.has(id));
      for (const id of new Set(unknown)) post({ type: 'error', code: 'unknownConnection', message: `No connection "${id}" is configured` });
      if (message.connectionIds) {
        const wanted = new Set(message.connectionIds);
        for (const connection of known) useConnectionStore.getState().setActive(connection.id, wanted.has(connection.id));
      }
      // Memory only (rememberForTab false): the host's credentials belong to this frame and die with it.
      for (const [id, secrets] of Object.entries(message.credentials ?? {})) if (knownIds.has(id)) useSecrets.getState().setSecrets(id, secrets, false);
      const shown = message.connectionIds ? known.filter((connection) => message.connectionIds?.includes(connection.id)) : known;
      for (const connection of shown) {
        if (!isEmulated(connection) && Object.keys(readSecrets(connection.id)).length === 0) post({ type: 'needsSignIn', connectionId: connection.id, reason: 'missing' });
      }
      if (message.route) navigate(message.route);
      useEmbed.setState({ awaitingInit: false });
      return;
    }
  }
}
