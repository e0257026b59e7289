import { useRouter } from '@tanstack/react-router';
import { useEffect, type RefObject } from 'react';
import { applyHostMessage } from './apply';
import { createEmbedBridge } from './bridge';
import { watchErrors, watchHeight, watchJobs, watchSessionRefusals } from './events';
import { useEmbed } from '@/shared/embed';

/** Talks to the host page while the console is framed by an allowed origin: messages in, events out (docs/embed.md). */
export function EmbedBridge({ contentRef }: { contentRef: RefObject<HTMLElement | null> }) {
  const router = useRouter();
  useEffect(() => {
    if (window.parent === window) return undefined;
    const { allowedOrigins, parentOrigin, countAccepted, countIgnored } = useEmbed.getState();
    const navigate = (route: string) => void router.history.push(route);
    const bridge = createEmbedBridge({
      win: window,
      allowedOrigins,
      initialOrigin: parentOrigin,
      onMessage: (message) => applyHostMessage(message, { navigate, post: (event) => bridge.post(event) }),
      onAccepted: countAccepted,
      onIgnored: countIgnored,
    });
    let lastRoute: string | undefined;
    const routeNow = () => {
      const route = router.state.location.href;
      if (route === lastRoute) return;
      lastRoute = route;
      bridge.post({ type: 'routeChanged', route });
    };
    const stops = [
      watchJobs(bridge.post),
      watchErrors(bridge.post),
      watchSessionRefusals(bridge.post),
      router.subscribe('onResolved', routeNow),
      ...(contentRef.current ? [watchHeight(contentRef.current, bridge.post)] : []),
    ];
    bridge.post({ type: 'ready' });
    routeNow();
    return () => {
      stops.forEach((stop) => stop());
      bridge.stop();
    };
  }, [router, contentRef]);
  return null;
}
