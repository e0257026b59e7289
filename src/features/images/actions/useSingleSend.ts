import { useRef } from 'react';

/**
 * One non-idempotent send per dialog step, also against clicks that outrun React state: an antd form validates
 * asynchronously before `onFinish`, so a double click can reach it twice after the first send was accepted.
 * `send(run, reopen)` runs `run` (resolving with the accepted job's id, or undefined when nothing was accepted)
 * unless a send is in flight or was accepted and `reopen(id)` does not allow another (its job failed, say).
 */
export function useSingleSend() {
  const held = useRef<string | undefined>(undefined);
  const sending = useRef(false);
  return async function send(run: () => Promise<string | undefined>, reopen: (id: string) => boolean = () => false): Promise<string | undefined> {
    if (sending.current || (held.current !== undefined && !reopen(held.current))) return undefined;
    sending.current = true;
    try {
      const id = await run();
      held.current = id;
      return id;
    } finally {
      sending.current = false;
    }
  };
}
