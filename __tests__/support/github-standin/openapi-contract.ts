/**
 * GitHub's published REST description (@octokit/openapi, api.github.com) as a contract.
 *
 * `findOperation` maps a method and a raw request path to the documented operation and its path
 * parameters; `checkRequest` and `checkResponse` validate parameters, request bodies and response
 * bodies with Ajv. Schemas are compiled lazily, once per operation, because the description is huge.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const SPEC_ID = 'https://api.github.com/openapi.json';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'] as const;

type Json = Record<string, unknown>;
interface Ref { $ref: string }
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
  'x-multi-segment'?: boolean;
}
interface MediaTypes { content?: Record<string, { schema?: Json }> }
interface RequestBody extends MediaTypes { required?: boolean }
interface OperationObject {
  operationId: string;
  parameters?: Array<Parameter | Ref>;
  requestBody?: RequestBody | Ref;
  responses: Record<string, MediaTypes | Ref>;
}
interface Spec {
  paths: Record<string, Record<string, OperationObject | Array<Parameter | Ref>>>;
  components: Json;
}

/** A documented operation matched by a request. */
export interface OperationMatch {
  operationId: string;
  method: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/pulls`. */
  template: string;
  /** Path parameters, URL-decoded. */
  pathParams: Record<string, string>;
}

interface Route { method: string; template: string; regex: RegExp; names: string[]; literalLength: number; op: OperationObject }

let spec: Spec | undefined;
let routes: Route[] | undefined;
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** OpenAPI 3.0 `nullable` → JSON Schema: `{anyOf: [{type: null}, rest]}` (Ajv rejects nullable without type). */
function convertNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = convertNullable(value);
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

function loadSpec(): Spec {
  if (spec) return spec;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  spec = convertNullable(JSON.parse(readFileSync(file, 'utf8'))) as Spec;
  return spec;
}

function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && '$ref' in value;
}

/** Resolves a local `#/components/...` reference (used for parameters, request bodies, responses). */
function deref<T>(value: T | Ref): T {
  let current: unknown = value;
  while (isRef(current)) {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    current = parts.reduce<unknown>((node, part) => (node as Json)[part], loadSpec());
  }
  return current as T;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildRoutes(): Route[] {
  const result: Route[] = [];
  for (const [template, item] of Object.entries(loadSpec().paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as OperationObject | undefined;
      if (!op) continue;
      const params = (op.parameters ?? []).map((p) => deref<Parameter>(p));
      const names: string[] = [];
      let literalLength = 0;
      const pattern = template.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
        if (!name) {
          literalLength += part.length;
          return escapeRegex(part);
        }
        names.push(name);
        const multi = params.some((p) => p.name === name && p['x-multi-segment']);
        return multi ? '(.+)' : '([^/]+)';
      });
      result.push({ method: method.toUpperCase(), template, regex: new RegExp(`^${pattern}$`), names, literalLength, op });
    }
  }
  return result.sort((a, b) => b.literalLength - a.literalLength);
}

/**
 * The operation GitHub documents for `method` and the raw (still percent-encoded) `path`, or a
 * string explaining why there is none.
 */
export function findOperation(method: string, path: string): OperationMatch | string {
  routes ??= buildRoutes();
  const upper = method.toUpperCase();
  const byPath = routes.filter((r) => r.regex.test(path));
  const route = byPath.find((r) => r.method === upper);
  if (!route) {
    if (byPath.length > 0) {
      const allowed = [...new Set(byPath.map((r) => r.method))].join(', ');
      return `GitHub documents no ${upper} operation for ${byPath[0].template} (documented: ${allowed})`;
    }
    return `no operation in GitHub's OpenAPI description matches ${upper} ${path}`;
  }
  const values = route.regex.exec(path)?.slice(1) ?? [];
  const pathParams: Record<string, string> = {};
  route.names.forEach((name, i) => (pathParams[name] = decodeURIComponent(values[i])));
  return { operationId: route.op.operationId, method: upper, template: route.template, pathParams };
}

function getAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s));
  ajv.addFormat('date', /^\d{4}-\d\d-\d\d$/);
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  for (const loose of ['uri-template', 'int32', 'int64', 'double', 'repo.nwo', 'binary', 'timestamp']) {
    ajv.addFormat(loose, true);
  }
  ajv.addSchema({ $id: SPEC_ID, components: loadSpec().components });
  return ajv;
}

/** Points local `#/components/...` references at the registered description. */
function anchorRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? SPEC_ID + value : anchorRefs(value);
  }
  return out;
}

function validator(key: string, build: () => Json): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    fn = getAjv().compile(anchorRefs(build()) as Json);
    compiled.set(key, fn);
  }
  return fn;
}

function explain(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`);
}

function routeFor(match: OperationMatch): Route {
  routes ??= buildRoutes();
  const route = routes.find((r) => r.method === match.method && r.template === match.template);
  if (!route) throw new Error(`unknown operation ${match.operationId}`);
  return route;
}

function coerce(value: string, schema: Json | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Violations of the documented path/query parameters and request body (empty when the request conforms). */
export function checkRequest(match: OperationMatch, query: URLSearchParams, body: unknown): string[] {
  const { op } = routeFor(match);
  const params = (op.parameters ?? []).map((p) => deref<Parameter>(p)).filter((p) => p.in === 'path' || p.in === 'query');
  const values: Json = {};
  for (const p of params) {
    const raw = p.in === 'path' ? match.pathParams[p.name] : query.get(p.name);
    if (raw !== undefined && raw !== null) values[`${p.in}:${p.name}`] = coerce(raw, p.schema);
  }
  const checkParams = validator(`${match.operationId} params`, () => ({
    type: 'object',
    required: params.filter((p) => p.required).map((p) => `${p.in}:${p.name}`),
    properties: Object.fromEntries(params.map((p) => [`${p.in}:${p.name}`, p.schema ?? {}])),
  }));
  const violations = checkParams(values) ? [] : explain(checkParams.errors, 'parameters');
  const requestBody = op.requestBody ? deref<RequestBody>(op.requestBody) : undefined;
  const bodySchema = requestBody?.content?.['application/json']?.schema;
  if (body === undefined) {
    if (requestBody?.required) violations.push('request body is required but missing');
  } else if (!bodySchema) {
    violations.push('operation takes no JSON request body, but one was sent');
  } else {
    const checkBody = validator(`${match.operationId} body`, () => bodySchema);
    if (!checkBody(body)) violations.push(...explain(checkBody.errors, 'request body'));
  }
  return violations;
}

/** Violations of the documented response for `status` (empty when it conforms). */
export function checkResponse(match: OperationMatch, status: number, body: unknown): string[] {
  const { op } = routeFor(match);
  const documented = op.responses[String(status)];
  if (!documented) {
    return status < 300 ? [`status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`] : [];
  }
  const schema = deref<MediaTypes>(documented).content?.['application/json']?.schema;
  if (!schema) {
    // GitHub sends `{message}` with errors even where the description documents no body.
    return body === undefined || status >= 400 ? [] : [`status ${status} documents no JSON body, but one was returned`];
  }
  const check = validator(`${match.operationId} ${status}`, () => schema);
  return check(body) ? [] : explain(check.errors, `response ${status} body`);
}
