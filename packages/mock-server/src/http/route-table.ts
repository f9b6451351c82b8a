// The platform's operations as a table the standalone server looks requests up in, answering them through
// the same pipeline as the msw handlers (routes.ts) and matching exactly as those do: msw compares the
// whole URL with path-to-regexp, so '*' stands for any origin and prefix, case does not matter, a trailing
// slash is optional and parameters are URI-decoded. Going through msw's getResponse instead cost the
// server more per request than most operations themselves (it clones every request, a stream tee, for
// its own logging, parses cookies and compiles each handler's path anew), none of which a server that
// only ever answers with the platform needs. In-process tests keep using the msw handlers.
import type { Contract } from '../contract';
import type { OperationDefinition } from './operation';
import type { Pipeline, RouteMatch } from './pipeline';

interface Route {
  method: string;
  path: RegExp;
  parameterNames: string[];
  match: Omit<RouteMatch, 'pathParams'>;
}

/** The operation a request is for, with its path parameters; undefined when none matches. */
export type MatchRoute = (method: string, pathname: string) => RouteMatch | undefined;

/** Answers platform requests; undefined when no handler of the platform would have taken the request. */
export type Dispatch = (request: Request, pathname: string) => Promise<Response> | undefined;

// msw's catch-all, '*/v1/*': any path with a '/v1/' in it is the platform's, if only to say NOT_FOUND.
const PLATFORM_PATH = /\/v1\//i;

/** `/v1/holds/{holdId}` -> /^.*\/v1\/holds\/([^/]+?)\/?$/i with ['holdId']. */
function compile(template: string): { path: RegExp; parameterNames: string[] } {
  const parameterNames: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      if (part.startsWith('{') && part.endsWith('}')) {
        parameterNames.push(part.slice(1, -1));
        return '([^/]+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
  return { path: new RegExp(`^.*${source}\\/?$`, 'i'), parameterNames };
}

function parametersOf(route: Route, values: string[]): Record<string, string> {
  const parameters: Record<string, string> = {};
  // path-to-regexp decodes as msw asks it to; a malformed escape throws there as here.
  route.parameterNames.forEach((name, index) => (parameters[name] = decodeURIComponent(values[index] ?? '')));
  return parameters;
}

/** Looks operations up in the order msw tries their handlers: the first that matches wins. */
export function buildRouteTable(contract: Contract, definitions: readonly OperationDefinition[]): MatchRoute {
  const routes: Route[] = definitions.map((definition) => {
    const operation = contract.operation(definition.operationId);
    return {
      method: operation.method.toUpperCase(),
      ...compile(operation.path),
      match: { operation, definition },
    };
  });
  return (method, pathname) => {
    const wanted = method.toUpperCase();
    for (const route of routes) {
      if (route.method !== wanted) continue;
      const found = route.path.exec(pathname);
      if (found) return { ...route.match, pathParams: parametersOf(route, found.slice(1)) };
    }
    return undefined;
  };
}

/** The pipeline behind the table, with msw's catch-all: NOT_FOUND from the pipeline for other /v1/ paths. */
export function dispatchThrough(matchRoute: MatchRoute, pipeline: Pipeline): Dispatch {
  return (request, pathname) => {
    const route = matchRoute(request.method, pathname);
    if (route) return pipeline.handle(request, route);
    return PLATFORM_PATH.test(pathname) ? pipeline.handle(request) : undefined;
  };
}
