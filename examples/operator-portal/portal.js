// A sample operator portal embedding VM Deck (docs/embed.md). The console's address comes from ?console=
// (default: this page's own origin); ?theme=, ?locale= and ?route= set the first init; ?debug=1 shows the
// console's message counters.
const PROTOCOL = 'vmdeck-embed';
const VERSION = 1;

const params = new URLSearchParams(window.location.search);
const consoleUrl = new URL(params.get('console') ?? window.location.origin);
const consoleOrigin = consoleUrl.origin;

const frame = document.getElementById('console');
const theme = document.getElementById('theme');
const locale = document.getElementById('locale');
const route = document.getElementById('route');
const log = document.getElementById('log');

theme.value = params.get('theme') ?? 'light';
locale.value = params.get('locale') ?? 'en';
route.value = params.get('route') ?? '/vms';
document.getElementById('console-origin').textContent = consoleOrigin;
document.body.classList.toggle('dark', theme.value === 'dark');

/**
 * A real portal signs its user in and hands the frame the connections and credentials to use (kept in the frame's
 * memory only). This sample reads them from `window.vmdeckPortalInit` when the page defines it, e.g.
 * { connectionIds: ['prod-dbc'], credentials: { 'prod-dbc': { sessionId: '…', sessionIdSign: '…' } } }.
 */
function signedIn() {
  const given = window.vmdeckPortalInit;
  return typeof given === 'object' && given !== null ? given : {};
}

function send(message) {
  // Always to the console's exact origin: never '*', so nothing (credentials included) reaches another page.
  frame.contentWindow?.postMessage({ protocol: PROTOCOL, version: VERSION, ...message }, consoleOrigin);
}

function note(type, detail) {
  const item = document.createElement('li');
  item.dataset.type = type;
  item.textContent = detail === undefined ? type : `${type} ${JSON.stringify(detail)}`;
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

window.addEventListener('message', (event) => {
  // Only the console frame, from its own origin, speaking this protocol.
  if (event.origin !== consoleOrigin || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (typeof data !== 'object' || data === null || data.protocol !== PROTOCOL || data.version !== VERSION) return;
  const { protocol: _protocol, version: _version, type, ...detail } = data;
  note(type, Object.keys(detail).length ? detail : undefined);
  if (type === 'ready') send({ type: 'init', theme: theme.value, locale: locale.value, route: route.value, ...signedIn() });
  if (type === 'heightChanged') frame.style.height = `${data.height}px`;
  if (type === 'routeChanged') route.value = data.route;
});

theme.addEventListener('change', () => {
  document.body.classList.toggle('dark', theme.value === 'dark');
  send({ type: 'setTheme', theme: theme.value });
});
locale.addEventListener('change', () => send({ type: 'setLocale', locale: locale.value }));
document.getElementById('navigate').addEventListener('submit', (event) => {
  event.preventDefault();
  send({ type: 'navigate', route: route.value });
});

const start = new URL('/', consoleUrl);
start.searchParams.set('embed', '1');
if (params.get('debug') === '1') start.searchParams.set('embedDebug', '1');
frame.src = start.href;
