// Narrows the platform's msw handlers to those that could answer a request before msw's getResponse sees
// it. msw tries handlers one by one and, for each, builds a URL, reads cookies through tough-cookie and
// compiles the path with path-to-regexp, on every request: with ~50 operations that was a fifth of the
// standalone server's CPU under load. Here each handler's path is compiled once, loosely (any case, an
// optional trailing slash), so the filter only ever keeps too many: msw still decides, in the same order.
import { HttpHandler, type RequestHandler } from 'msw';

interface Matcher {
  method: string | RegExp;
  path: RegExp;
}

const matchers = new WeakMap<RequestHandler, Matcher | null>();

/** `*\/v1/holds/:holdId` -> /^.*\/v1\/holds\/[^/]+\/?$/i; null when the path is not a plain string. */
function compile(handler: RequestHandler): Matcher | null {
  if (!(handler instanceof HttpHandler) || typeof handler.info.path !== 'string') return null;
  const source = handler.info.path
    .split(/(\*|:[A-Za-z0-9_]+)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
  return { method: handler.info.method, path: new RegExp(`^${source.replace(/\\\/$/, '')}\\/?$`, 'i') };
}

function mayMatch(handler: RequestHandler, method: string, pathname: string): boolean {
  let matcher = matchers.get(handler);
  if (matcher === undefined) {
    matcher = compile(handler);
    matchers.set(handler, matcher);
  }
  // Handlers this filter does not understand always stay.
  if (matcher === null) return true;
  const methodMatches =
    typeof matcher.method === 'string'
      ? matcher.method.toUpperCase() === method.toUpperCase()
      : matcher.method.test(method);
  return methodMatches && matcher.path.test(pathname);
}

/** The handlers, in their order, that may answer `method` on `pathname`. */
export function handlerCandidates(
  handlers: readonly RequestHandler[],
  method: string,
  pathname: string,
): RequestHandler[] {
  return handlers.filter((handler) => mayMatch(handler, method, pathname));
}
