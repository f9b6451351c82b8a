// The standalone server looks requests up in the platform's route table instead of asking msw. The table
// must choose what msw would: the same operation (the first handler, in order, whose method and path
// match) with the same path parameters, for any case, a trailing slash, an escaped parameter, a prefix.
import { HttpHandler, matchRequestUrl } from 'msw';
import { getContract } from '../src/contract';
import { operationDefinitions } from '../src/handlers';
import { buildRouteTable } from '../src/http/route-table';
import { createPlatform } from '../src/platform';

const ORIGIN = 'http://127.0.0.1:4010';
const { handlers } = createPlatform({ seed: 1 });
const matchRoute = buildRouteTable(getContract(), operationDefinitions);
const operations = handlers.filter(
  (handler): handler is HttpHandler =>
    handler instanceof HttpHandler &&
    typeof handler.info.method === 'string' &&
    typeof handler.info.path === 'string' &&
    !handler.info.path.endsWith('/*'),
);

/** What msw's getResponse would run: the operation id (undefined for the catch-all) and params. */
function mswChoice(method: string, pathname: string) {
  for (const [index, handler] of handlers.entries()) {
    if (!(handler instanceof HttpHandler)) continue;
    const wanted = handler.info.method;
    const methodMatches =
      typeof wanted === 'string' ? wanted.toUpperCase() === method.toUpperCase() : wanted.test(method);
    if (!methodMatches || typeof handler.info.path !== 'string') continue;
    const result = matchRequestUrl(new URL(`${ORIGIN}${pathname}`), handler.info.path);
    if (!result.matches) continue;
    // msw also names what its '*' took ('0': the origin); path validation lets it through and no handler
    // reads it, so only the contract's parameters are compared.
    const params = Object.fromEntries(
      Object.entries(result.params ?? {}).filter(([name]) => !/^\d+$/.test(name)),
    );
    return { operationId: operationDefinitions[index]?.operationId, params };
  }
  return undefined;
}

function tableChoice(method: string, pathname: string) {
  const route = matchRoute(method, pathname);
  return route && { operationId: route.definition.operationId, params: route.pathParams };
}

function expectSameChoice(method: string, pathname: string) {
  const msw = mswChoice(method, pathname);
  const table = tableChoice(method, pathname);
  // msw's catch-all takes what no operation does; the dispatcher sends those to the pipeline too.
  if (msw === undefined || msw.operationId === undefined) expect(table).toBeUndefined();
  else expect(table).toEqual(msw);
}

it('has one route per handler msw has, catch-all aside', () => {
  expect(operations).toHaveLength(operationDefinitions.length);
  expect(handlers).toHaveLength(operationDefinitions.length + 1);
});

it.each(
  operations.map((handler) => [`${String(handler.info.method)} ${String(handler.info.path)}`, handler]),
)('chooses as msw does for %s', (_, handler) => {
  const method = String(handler.info.method);
  const template = String(handler.info.path).replace(/^\*/, '');
  for (const value of ['ab_12', 'a%20b%2Fc', '%E5%BC%A0']) {
    const path = template.replace(/:[A-Za-z0-9_]+/g, value);
    for (const pathname of [path, `${path}/`, path.toUpperCase(), `/prefix${path}`, `${path}/extra`]) {
      expectSameChoice(method, pathname);
    }
  }
  expectSameChoice(method === 'GET' ? 'DELETE' : 'GET', template.replace(/:[A-Za-z0-9_]+/g, 'x'));
  expectSameChoice(method.toLowerCase(), template.replace(/:[A-Za-z0-9_]+/g, 'x'));
});

it('leaves unknown routes to the catch-all', () => {
  for (const pathname of ['/v1/no-such-thing', '/v1/', '/v1/hospitals//', '/v1/holds/a/b']) {
    expectSameChoice('GET', pathname);
    expect(matchRoute('GET', pathname)).toBeUndefined();
  }
  expectSameChoice('DELETE', '/v1/hospitals');
});

it('throws on a malformed escape in a parameter, as msw does', () => {
  expect(() => matchRoute('GET', '/v1/holds/%E0%A4%A')).toThrow(URIError);
  expect(() => matchRequestUrl(new URL(`${ORIGIN}/v1/holds/%E0%A4%A`), '*/v1/holds/:holdId')).toThrow(
    URIError,
  );
});
