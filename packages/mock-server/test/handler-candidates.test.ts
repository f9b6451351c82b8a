// The standalone server hands msw only the handlers that may answer a request. The filter must never drop
// the handler msw would have chosen, so every operation of the contract is still served through it.
import { HttpHandler } from 'msw';
import { createPlatform } from '../src/platform';
import { handlerCandidates } from '../src/standalone/handler-candidates';

const { handlers } = createPlatform({ seed: 1 });
const operations = handlers.filter(
  (handler): handler is HttpHandler =>
    handler instanceof HttpHandler &&
    typeof handler.info.method === 'string' &&
    typeof handler.info.path === 'string' &&
    !handler.info.path.endsWith('/*'),
);
const catchAll = handlers[handlers.length - 1];

it.each(
  operations.map((handler) => [`${String(handler.info.method)} ${String(handler.info.path)}`, handler]),
)('keeps the handler of %s for its own path, with any case and a trailing slash', (_, handler) => {
  const method = String(handler.info.method);
  const path = String(handler.info.path)
    .replace(/^\*/, '')
    .replace(/:[A-Za-z0-9_]+/g, 'ab_12');
  for (const pathname of [path, `${path}/`, path.toUpperCase()]) {
    const candidates = handlerCandidates(handlers, method, pathname);
    expect(candidates).toContain(handler);
    expect(candidates).toContain(catchAll);
    // The point of it: msw no longer tries ~50 handlers per request.
    expect(candidates.length).toBeLessThanOrEqual(3);
  }
});

it('leaves only the catch-all (404 NOT_FOUND) for an unknown route, in the original order', () => {
  expect(handlerCandidates(handlers, 'GET', '/v1/no-such-thing')).toEqual([catchAll]);
  expect(handlerCandidates(handlers, 'DELETE', '/v1/hospitals')).toEqual([catchAll]);
  const both = handlerCandidates(handlers, 'GET', '/v1/holds/hold_1');
  expect(both.map((handler) => handlers.indexOf(handler))).toEqual(
    [...both.map((handler) => handlers.indexOf(handler))].sort((a, b) => a - b),
  );
});
