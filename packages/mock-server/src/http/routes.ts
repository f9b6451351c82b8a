// Turns operation definitions into msw handlers on any origin ('*/v1/...'), with the method and path taken
// from the contract, plus a last catch-all that answers unknown /v1 routes with 404 NOT_FOUND.
import { http, type HttpHandler, type RequestHandler } from 'msw';
import type { Contract } from '../contract';
import type { HttpMethod } from '../contract/document';
import { toMswPath } from '../contract/operations';
import type { OperationDefinition } from './operation';
import type { Pipeline } from './pipeline';

const MSW_METHODS = {
  get: http.get,
  post: http.post,
  put: http.put,
  patch: http.patch,
  delete: http.delete,
  head: http.head,
  options: http.options,
} satisfies Partial<Record<HttpMethod, typeof http.get>>;

export function buildHandlers(
  contract: Contract,
  definitions: readonly OperationDefinition[],
  pipeline: Pipeline,
): RequestHandler[] {
  const handlers: HttpHandler[] = definitions.map((definition) => {
    const operation = contract.operation(definition.operationId);
    if (operation.method === 'trace') throw new Error(`msw cannot serve TRACE ${operation.path}`);
    return MSW_METHODS[operation.method](`*${toMswPath(operation.path)}`, ({ request, params }) =>
      pipeline.handle(request, { operation, definition, pathParams: params }),
    );
  });
  handlers.push(http.all('*/v1/*', ({ request }) => pipeline.handle(request)));
  return handlers;
}
