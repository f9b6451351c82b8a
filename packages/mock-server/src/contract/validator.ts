// Checks requests (and, when asked, responses) against the contract with ajv (JSON Schema 2020-12, the
// dialect of OpenAPI 3.1). Path, query and header values arrive as strings and are coerced to the
// schema's types; JSON bodies are checked as they are, without coercion. Validators compile lazily and
// are cached per operation, so creating a platform costs nothing here.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ErrorDetail } from './wire';
import type { JsonSchema, OpenApiDocument } from './document';
import type { ContractOperation, ContractParameter } from './operations';

const SCHEMAS_ID = 'https://platform.yika.local/contract/schemas';
const COMPONENT_REF = '#/components/schemas/';

export interface RawRequest {
  pathParams: Record<string, unknown>;
  query: URLSearchParams;
  headers: Headers;
  bodyText: string;
}

export interface CheckedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  body: unknown;
}

export type RequestCheck = { ok: true; request: CheckedRequest } | { ok: false; details: ErrorDetail[] };

export class ContractValidator {
  private readonly defs: JsonSchema;
  private ajvs: { strict: Ajv2020; coercing: Ajv2020 } | undefined;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.defs = {
      $id: SCHEMAS_ID,
      $defs: rewriteRefs(document.components.schemas, (name) => `#/$defs/${name}`),
    };
  }

  /** Built on first use: setting ajv up costs tens of milliseconds, and many platforms never validate. */
  private get ajv(): { strict: Ajv2020; coercing: Ajv2020 } {
    if (!this.ajvs) {
      const options = { strict: true, allErrors: true, allowUnionTypes: true } as const;
      const strict = new Ajv2020(options);
      const coercing = new Ajv2020({ ...options, coerceTypes: true, useDefaults: true });
      for (const ajv of [strict, coercing]) {
        addFormats(ajv);
        // OpenAPI's `discriminator` (SearchHit) only names the property; its `oneOf` branches carry a
        // `const` for it, which is what ajv checks. Ajv's own discriminator support refuses `mapping`.
        ajv.addKeyword({ keyword: 'discriminator', schemaType: 'object' });
        ajv.addSchema(this.defs);
      }
      this.ajvs = { strict, coercing };
    }
    return this.ajvs;
  }

  checkRequest(operation: ContractOperation, raw: RawRequest): RequestCheck {
    const details: ErrorDetail[] = [];
    const headers = this.checkParameters(operation, 'header', headerValues(operation, raw.headers), details);
    const params = this.checkParameters(operation, 'path', raw.pathParams, details);
    const query = this.checkParameters(operation, 'query', queryValues(raw.query), details);
    const body = this.checkBody(operation, raw, details);
    if (details.length > 0) return { ok: false, details: dedupe(details) };
    return { ok: true, request: { params, query, headers: headers as Record<string, string>, body } };
  }

  /** Problems with a response, as details (`response.body.data[0].id`); empty when it fits the contract. */
  checkResponse(
    operation: ContractOperation | undefined,
    status: number,
    headers: Headers,
    bodyText: string,
  ): ErrorDetail[] {
    const declared = operation
      ? (operation.responses.get(String(status)) ?? operation.responses.get('default'))
      : { status: String(status), bodySchema: { $ref: `${COMPONENT_REF}ErrorResponse` }, headers: [] };
    if (!declared) return [{ field: 'response.status', issue: `${status} is not a declared response` }];
    const details: ErrorDetail[] = [];
    for (const header of declared.headers) {
      if (header.required && !headers.has(header.name)) {
        details.push({ field: `response.header.${header.name}`, issue: 'is required' });
      }
    }
    if (!declared.bodySchema) {
      if (bodyText !== '') details.push({ field: 'response.body', issue: 'must be empty' });
      return details;
    }
    let body: unknown;
    try {
      body = JSON.parse(bodyText);
    } catch {
      return [...details, { field: 'response.body', issue: 'is not valid JSON' }];
    }
    const key = `response:${operation?.operationId ?? '*'}:${status}`;
    const validate = this.compile('strict', key, declared.bodySchema);
    if (!validate(body)) details.push(...toDetails('response.body', validate.errors));
    return details;
  }

  private checkParameters(
    operation: ContractOperation,
    location: ContractParameter['in'],
    values: Record<string, unknown>,
    details: ErrorDetail[],
  ): Record<string, unknown> {
    const parameters = operation.parameters.filter((parameter) => parameter.in === location);
    const schema: JsonSchema = {
      type: 'object',
      properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
      required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
      // Unknown query parameters are refused like unknown body fields; other headers are normal.
      additionalProperties: location !== 'query',
    };
    const validate = this.compile('coercing', `${location}:${operation.operationId}`, schema);
    const copy = { ...values };
    if (!validate(copy)) details.push(...toDetails(location, validate.errors));
    return copy;
  }

  private checkBody(operation: ContractOperation, raw: RawRequest, details: ErrorDetail[]): unknown {
    const declared = operation.requestBody;
    if (!declared) {
      // An operation without a body refuses one, so a client that sends data it thinks matters hears so.
      if (raw.bodyText.trim() !== '')
        details.push({ field: 'body', issue: 'is not allowed: the operation takes no body' });
      return undefined;
    }
    if (raw.bodyText.trim() === '') {
      if (declared.required) details.push({ field: 'body', issue: 'is required' });
      return undefined;
    }
    const contentType = raw.headers.get('content-type') ?? '';
    if (declared.mediaType === 'form') return this.checkFormBody(operation, raw, contentType, details);
    if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType)) {
      details.push({ field: 'header.Content-Type', issue: 'must be application/json' });
      return undefined;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.bodyText);
    } catch {
      details.push({ field: 'body', issue: 'is not valid JSON' });
      return undefined;
    }
    const validate = this.compile('strict', `body:${operation.operationId}`, declared.schema);
    if (!validate(body)) details.push(...toDetails('body', validate.errors));
    return body;
  }

  /** A form body becomes an object of strings (a repeated field an array, which the schema refuses). */
  private checkFormBody(
    operation: ContractOperation,
    raw: RawRequest,
    contentType: string,
    details: ErrorDetail[],
  ): unknown {
    if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType)) {
      details.push({ field: 'header.Content-Type', issue: 'must be application/x-www-form-urlencoded' });
      return undefined;
    }
    const body = queryValues(new URLSearchParams(raw.bodyText));
    const validate = this.compile(
      'strict',
      `body:${operation.operationId}`,
      operation.requestBody?.schema ?? {},
    );
    if (!validate(body)) details.push(...toDetails('body', validate.errors));
    return body;
  }

  private compile(mode: 'strict' | 'coercing', key: string, schema: JsonSchema): ValidateFunction {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv[mode].compile(rewriteRefs(schema, (name) => `${SCHEMAS_ID}#/$defs/${name}`));
      this.cache.set(key, validate);
    }
    return validate;
  }
}

/** Declared headers only, under the contract's spelling (HTTP header names are case-insensitive). */
function headerValues(operation: ContractOperation, headers: Headers): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'header') continue;
    const value = headers.get(parameter.name);
    if (value !== null) values[parameter.name] = value;
  }
  return values;
}

/** A repeated query parameter becomes an array, which a scalar schema then refuses. */
function queryValues(query: URLSearchParams): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of new Set(query.keys())) {
    const all = query.getAll(name);
    values[name] = all.length === 1 ? all[0] : all;
  }
  return values;
}

function toDetails(prefix: string, errors: ErrorObject[] | null | undefined): ErrorDetail[] {
  return (errors ?? []).map((error) => {
    const path = prefix + pointerToPath(error.instancePath);
    if (error.keyword === 'required') {
      return { field: `${path}.${String(error.params.missingProperty)}`, issue: 'is required' };
    }
    if (error.keyword === 'additionalProperties') {
      return { field: `${path}.${String(error.params.additionalProperty)}`, issue: 'is not allowed' };
    }
    return { field: path, issue: error.message ?? `fails ${error.keyword}` };
  });
}

/** `/data/0/id` -> `.data[0].id` */
function pointerToPath(instancePath: string): string {
  if (instancePath === '') return '';
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('');
}

function dedupe(details: ErrorDetail[]): ErrorDetail[] {
  const seen = new Set<string>();
  return details.filter((detail) => {
    const key = `${detail.field}\u0000${detail.issue}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A deep copy with every `#/components/schemas/X` reference rewritten. */
function rewriteRefs<T>(node: T, target: (name: string) => string): T {
  if (Array.isArray(node)) return node.map((item: unknown) => rewriteRefs(item, target)) as T;
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF)
        ? target(value.slice(COMPONENT_REF.length))
        : rewriteRefs(value, target);
  }
  return copy as T;
}
