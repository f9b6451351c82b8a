// How a handler is written: one function per contract operation, typed from the generated contract
// types. It receives the already-checked request (params, query, body, account) and returns a success
// status and body; errors are thrown as PlatformError by the model and mapped by the pipeline.
import type { Channel, operations, OperationId } from '../contract/wire';
import type { PlatformStore } from '../store/store';

type Parameters_<O extends OperationId> = operations[O]['parameters'];
type Defined<T> = [T] extends [never]
  ? Record<string, never>
  : [T] extends [undefined]
    ? Record<string, never>
    : T;

export type PathParamsOf<O extends OperationId> =
  Parameters_<O> extends { path: infer P } ? Defined<P> : Record<string, never>;
export type QueryOf<O extends OperationId> =
  Parameters_<O> extends { query?: infer Q } ? Defined<NonNullable<Q>> : Record<string, never>;
export type BodyOf<O extends OperationId> = operations[O] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : operations[O] extends { requestBody: { content: { 'application/x-www-form-urlencoded': infer F } } }
    ? F
    : undefined;

type Responses<O extends OperationId> = operations[O]['responses'];
type SuccessStatus<O extends OperationId> = Extract<keyof Responses<O>, 200 | 201 | 202 | 204>;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** A declared 2xx response of the operation: its status and body (none for 204). */
export type SuccessOf<O extends OperationId> = {
  [S in SuccessStatus<O>]: S extends 204
    ? { status: S; headers?: Record<string, string> }
    : { status: S; body: JsonOf<Responses<O>[S]>; headers?: Record<string, string> };
}[SuccessStatus<O>];

export interface OperationInput<O extends OperationId> {
  params: PathParamsOf<O>;
  query: QueryOf<O>;
  body: BodyOf<O>;
  /** The signed-in account, for operations that need a bearer token. */
  accountId: string | undefined;
  /** The calling hospital, for operations that need a hospital key. */
  hospitalId: string | undefined;
  /** The checked X-Yika-Channel header. */
  channel: Channel;
  store: PlatformStore;
  request: Request;
  requestId: string;
  /** The raw body text, exactly as received (signatures such as WeChat Pay's are over these bytes). */
  bodyText: string;
}

export type OperationResolver<O extends OperationId> = (
  input: OperationInput<O>,
) => SuccessOf<O> | Promise<SuccessOf<O>>;

/** A resolver with its types erased, as the pipeline runs it (the contract check supplies the types). */
export interface AnyOperationInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  accountId: string | undefined;
  hospitalId: string | undefined;
  channel: Channel;
  store: PlatformStore;
  request: Request;
  requestId: string;
  /** The raw body text, exactly as received (signatures such as WeChat Pay's are over these bytes). */
  bodyText: string;
}

export interface AnySuccess {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface OperationDefinition {
  operationId: OperationId;
  resolve(input: AnyOperationInput): AnySuccess | Promise<AnySuccess>;
}

export function defineOperation<O extends OperationId>(
  operationId: O,
  resolve: OperationResolver<O>,
): OperationDefinition {
  // The pipeline only calls `resolve` with a request the contract check accepted for this operation, so
  // the loose input has exactly the shape OperationInput<O> describes.
  return { operationId, resolve: resolve as unknown as OperationDefinition['resolve'] };
}
