// The contract's operations, flattened for the platform: method, path, parameters, body, security and
// responses, with every OpenAPI-level `$ref` (parameters, responses, headers) resolved.
import {
  HTTP_METHODS,
  resolveRef,
  type HttpMethod,
  type JsonSchema,
  type OpenApiDocument,
  type OpenApiHeader,
  type OpenApiParameter,
  type OpenApiResponse,
} from './document';

export interface ContractParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

export interface ContractResponse {
  status: string;
  bodySchema?: JsonSchema;
  headers: { name: string; required: boolean; schema?: JsonSchema }[];
}

export interface ContractOperation {
  operationId: string;
  method: HttpMethod;
  /** The contract's path template, e.g. `/v1/hospitals/{hospitalId}`. */
  path: string;
  parameters: ContractParameter[];
  /** `form`: application/x-www-form-urlencoded (only the OAuth token endpoint, as RFC 6749 wants). */
  requestBody?: { required: boolean; schema: JsonSchema; mediaType: 'json' | 'form' };
  /**
   * Who may call: anyone, a resident with a bearer access token, or a hospital with its key or with a
   * hospital app's access token (the contract or-s `hospitalKey` and `appToken`).
   */
  auth: OperationAuth;
  responses: Map<string, ContractResponse>;
}

export type OperationAuth = 'none' | 'bearer' | 'hospitalKey';

const SCHEMES: Record<string, OperationAuth> = { bearerAuth: 'bearer', hospitalKey: 'hospitalKey' };

export function listOperations(document: OpenApiDocument): ContractOperation[] {
  const operations: ContractOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map((parameter) => resolveRef<OpenApiParameter>(document, parameter))
        .filter(
          (parameter): parameter is OpenApiParameter & { in: ContractParameter['in'] } =>
            parameter.in !== 'cookie',
        )
        .map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: parameter.required === true || parameter.in === 'path',
          schema: parameter.schema,
        }));
      const body =
        operation.requestBody === undefined ? undefined : resolveRef(document, operation.requestBody);
      const formSchema = body?.content['application/x-www-form-urlencoded']?.schema;
      const bodySchema = body?.content['application/json']?.schema ?? formSchema;
      const mediaType = formSchema !== undefined && bodySchema === formSchema ? 'form' : 'json';
      const security = operation.security ?? document.security ?? [];
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        parameters,
        ...(body && bodySchema
          ? { requestBody: { required: body.required === true, schema: bodySchema, mediaType } }
          : {}),
        auth: authOf(operation.operationId, security),
        responses: new Map(
          Object.entries(operation.responses).map(([status, value]) => [
            status,
            toContractResponse(document, status, resolveRef<OpenApiResponse>(document, value)),
          ]),
        ),
      });
    }
  }
  return operations;
}

/**
 * The scheme an operation uses. The only alternatives the platform accepts are a hospital's key or a
 * hospital app's token, which both name a hospital.
 */
function authOf(operationId: string, security: Record<string, string[]>[]): OperationAuth {
  const schemes = [...new Set(security.flatMap((requirement) => Object.keys(requirement)))];
  if (schemes.length === 0) return 'none';
  if (schemes.length === 2 && schemes.includes('hospitalKey') && schemes.includes('appToken')) {
    return 'hospitalKey';
  }
  const auth = schemes.length === 1 && schemes[0] !== undefined ? SCHEMES[schemes[0]] : undefined;
  if (!auth) throw new Error(`${operationId}: unsupported security ${JSON.stringify(security)}`);
  return auth;
}

function toContractResponse(
  document: OpenApiDocument,
  status: string,
  response: OpenApiResponse,
): ContractResponse {
  const bodySchema = response.content?.['application/json']?.schema;
  return {
    status,
    ...(bodySchema ? { bodySchema } : {}),
    headers: Object.entries(response.headers ?? {}).map(([name, value]) => {
      const header = resolveRef<OpenApiHeader>(document, value);
      return {
        name,
        required: header.required === true,
        ...(header.schema ? { schema: header.schema } : {}),
      };
    }),
  };
}

/** `/v1/hospitals/{hospitalId}` -> `/v1/hospitals/:hospitalId` (msw's path syntax). */
export function toMswPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}
