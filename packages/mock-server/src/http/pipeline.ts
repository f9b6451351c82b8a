// The one pipeline every platform request goes through, in order:
//   request id -> injected faults -> contract check -> caller auth (bearer or hospital key)
//   -> idempotency -> handler -> (optional) response check -> commit-then-drop
// Handlers only see requests the contract accepts; every answer, success or error, carries X-Request-Id;
// no input can make it answer 500 (only a bug can, and that is logged).
import { delay, HttpResponse } from 'msw';
import type { Contract } from '../contract';
import type { ContractOperation } from '../contract/operations';
import type { Channel } from '../contract/wire';
import { PlatformError } from '../store/errors';
import type { PlatformStore } from '../store/store';
import { authenticateCaller, idempotencyScope } from './caller';
import { codeForStatus, errorResponse } from './errors';
import type { FaultTable } from './faults';
import { requestFingerprint, runOnce } from './idempotent';
import { bodyTextOf, jsonResponse } from './json-response';
import type { AnySuccess, OperationDefinition } from './operation';
import { newRequestId } from './request-id';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface PipelineOptions {
  contract: Contract;
  /** The current store (a reset swaps it). */
  store(): PlatformStore;
  faults: FaultTable;
  validateResponses: boolean;
}

export interface RouteMatch {
  operation: ContractOperation;
  definition: OperationDefinition;
  pathParams: Record<string, unknown>;
}

export class Pipeline {
  constructor(private readonly options: PipelineOptions) {}

  /** Answers a request; `route` is undefined when no operation matches (404 NOT_FOUND). */
  async handle(request: Request, route?: RouteMatch): Promise<Response> {
    const requestId = newRequestId();
    const url = new URL(request.url);
    const plan = this.options.faults.take(request.method, url.pathname);
    if (plan.latencyMs > 0) await delay(plan.latencyMs);
    const fault = plan.fault;
    if (fault?.kind === 'reset') return HttpResponse.error();
    if (fault?.kind === 'error') {
      const status = fault.status ?? 503;
      return errorResponse(codeForStatus(status), requestId, {
        status,
        ...(fault.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: fault.retryAfterSeconds }),
      });
    }
    let response = route
      ? await this.execute(request, url, requestId, route)
      : errorResponse('NOT_FOUND', requestId);
    if (this.options.validateResponses)
      response = await this.checkResponse(route?.operation, response, requestId);
    // The work is done and committed; only the answer is lost on its way back.
    if (fault?.kind === 'commit-then-drop') return HttpResponse.error();
    return response;
  }

  private async execute(request: Request, url: URL, requestId: string, route: RouteMatch): Promise<Response> {
    const { operation, definition } = route;
    const store = this.options.store();
    try {
      const bodyText = await request.text();
      const check = this.options.contract.validator.checkRequest(operation, {
        pathParams: route.pathParams,
        query: url.searchParams,
        headers: request.headers,
        bodyText,
      });
      if (!check.ok) return errorResponse('VALIDATION_FAILED', requestId, { details: check.details });
      const { params, query, body, headers } = check.request;
      const caller = await authenticateCaller(operation.auth, request, store);
      const channel = headers['X-Yika-Channel'] as Channel;
      const run = () =>
        this.resolve(definition, requestId, {
          params,
          query,
          body,
          accountId: caller.accountId,
          hospitalId: caller.hospitalId,
          channel,
          store,
          request,
          requestId,
          bodyText,
        });
      const key = headers['Idempotency-Key'];
      if (!MUTATING.has(request.method.toUpperCase()) || key === undefined) return await run();
      return await runOnce(
        store.idempotency,
        { scope: idempotencyScope(caller), key, fingerprint: requestFingerprint(request.method, url, body) },
        run,
      );
    } catch (error) {
      return toErrorResponse(error, requestId, request);
    }
  }

  private async resolve(
    definition: OperationDefinition,
    requestId: string,
    input: Parameters<OperationDefinition['resolve']>[0],
  ): Promise<Response> {
    try {
      const result: AnySuccess = await definition.resolve(input);
      const headers = { ...result.headers, 'X-Request-Id': requestId };
      if (result.status === 204 || result.body === undefined) {
        return new HttpResponse(null, { status: result.status, headers });
      }
      return jsonResponse(result.body, { status: result.status, headers });
    } catch (error) {
      return toErrorResponse(error, requestId, input.request);
    }
  }

  private async checkResponse(
    operation: ContractOperation | undefined,
    response: Response,
    requestId: string,
  ): Promise<Response> {
    if (response.type === 'error') return response;
    const problems = this.options.contract.validator.checkResponse(
      operation,
      response.status,
      response.headers,
      await bodyTextOf(response),
    );
    if (problems.length === 0) return response;
    console.error(
      `[yika-mock] ${requestId} ${operation?.operationId ?? 'unmatched route'}: the response breaks the contract`,
      problems,
    );
    return errorResponse('INTERNAL_ERROR', requestId, { details: problems });
  }
}

function toErrorResponse(error: unknown, requestId: string, request: Request): Response {
  if (error instanceof PlatformError) {
    return errorResponse(error.code, requestId, {
      ...(error.details ? { details: error.details } : {}),
      ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
      ...(error.residentMessage === undefined ? {} : { message: error.residentMessage }),
    });
  }
  // A bug in the mock platform, not bad input: say so loudly (the path only; never headers or bodies).
  console.error(`[yika-mock] ${requestId} ${request.method} ${new URL(request.url).pathname} failed:`, error);
  return errorResponse('INTERNAL_ERROR', requestId);
}
