// Loads the platform contract (the SDK package's OpenAPI 3.1 document, the single source of truth) and
// resolves its internal `$ref`s. Only the parts the mock platform needs are typed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface OpenApiHeader {
  required?: boolean;
  schema?: JsonSchema;
}

export interface OpenApiMediaType {
  schema?: JsonSchema;
}

export interface OpenApiResponse {
  description?: string;
  headers?: Record<string, OpenApiHeader | OpenApiRef>;
  content?: Record<string, OpenApiMediaType>;
}

export interface OpenApiOperation {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: (OpenApiParameter | OpenApiRef)[];
  requestBody?: { required?: boolean; content: Record<string, OpenApiMediaType> } | OpenApiRef;
  responses: Record<string, OpenApiResponse | OpenApiRef>;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';
export const HTTP_METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'patch',
  'head',
  'options',
  'trace',
];

export type OpenApiPathItem = Partial<Record<HttpMethod, OpenApiOperation>> & {
  parameters?: (OpenApiParameter | OpenApiRef)[];
};

export interface OpenApiRef {
  $ref: string;
}

export interface OpenApiDocument {
  openapi: string;
  security?: Record<string, string[]>[];
  paths: Record<string, OpenApiPathItem>;
  components: { schemas: Record<string, JsonSchema> } & Record<string, Record<string, unknown>>;
}

/** packages/sdk/openapi/yika.openapi.yaml, found from this file (works under tsx ESM and jest CJS). */
export const CONTRACT_PATH = fileURLToPath(
  new URL('../../../sdk/openapi/yika.openapi.yaml', import.meta.url),
);

export function loadContract(path: string = CONTRACT_PATH): OpenApiDocument {
  const document: unknown = parse(readFileSync(path, 'utf8'));
  if (!isDocument(document)) throw new Error(`${path} is not an OpenAPI 3.1 document`);
  return document;
}

function isDocument(value: unknown): value is OpenApiDocument {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.openapi === 'string' &&
    candidate.openapi.startsWith('3.1') &&
    typeof candidate.paths === 'object' &&
    typeof candidate.components === 'object'
  );
}

export function isRef(value: unknown): value is OpenApiRef {
  return typeof value === 'object' && value !== null && typeof (value as OpenApiRef).$ref === 'string';
}

/** Follows a local `$ref` (`#/components/...`) until it reaches the thing itself. */
export function resolveRef<T>(document: OpenApiDocument, value: T | OpenApiRef): T {
  let current: unknown = value;
  for (let hops = 0; isRef(current); hops++) {
    if (hops > 20) throw new Error(`Circular $ref: ${current.$ref}`);
    current = pointer(document, current.$ref);
  }
  return current as T;
}

function pointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(segment in node))
      throw new Error(`Unresolved $ref ${ref}`);
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
