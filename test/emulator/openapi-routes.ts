/**
 * GitHub's published OpenAPI description (@octokit/openapi, api.github.com) as a route table and request
 * validator. The spec (13 MB) is parsed once per process; ajv validators are compiled lazily, per
 * operation, the first time a request hits it, so starting an emulator stays cheap.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a `default` export; under NodeNext the namespace object is what we get.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;
interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

/** One operation of the spec, matched from a request. */
export interface MatchedOperation {
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  readonly pathParams: Readonly<Record<string, string>>;
}

/** A request GitHub would reject, in words: which part and why. */
export interface RequestProblem {
  readonly where: 'path' | 'query' | 'body';
  readonly message: string;
}

interface RouteEntry {
  readonly method: string;
  readonly template: string;
  readonly regex: RegExp;
  readonly paramNames: readonly string[];
  readonly literalSegments: number;
  readonly op: Json;
}

const COMPONENTS_ID = 'https://api.github.com/openapi-components/';
const addedComponents = new Set<string>();

let cache: { spec: Json; routes: RouteEntry[]; ajv: Ajv } | undefined;
interface OperationValidators {
  params: { spec: ParameterSpec; validate?: ValidateFunction }[];
  body?: ValidateFunction;
  bodyRequired: boolean;
  bodyIsJson: boolean;
}
const validators = new Map<string, OperationValidators>();

function specPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');
}

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const spec = JSON.parse(readFileSync(specPath(), 'utf8')) as Json;
  const routes: RouteEntry[] = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
    const paramNames: string[] = [];
    const segments = template.split('/').slice(1);
    const pattern = segments
      .map((seg, i) => {
        const m = /^\{(\w+)\}$/.exec(seg);
        if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{(\w+)\\\}/g, (_x, n: string) => (paramNames.push(n), '([^/]+)'));
        paramNames.push(m[1] ?? '');
        // Git refs (`heads/main`) may arrive unencoded: the last `{ref}` swallows the rest of the path.
        return m[1] === 'ref' && i === segments.length - 1 ? '(.+)' : '([^/]+)';
      })
      .join('/');
    const literalSegments = segments.filter((s) => !s.includes('{')).length;
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      routes.push({ method: method.toUpperCase(), template, regex: new RegExp(`^/${pattern}$`), paramNames, literalSegments, op: op as Json });
    }
  }
  // More literal segments first, so `/releases/latest` wins over `/releases/{release_id}`.
  routes.sort((a, b) => b.literalSegments - a.literalSegments);
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: false });
  addFormats(ajv);
  cache = { spec, routes, ajv };
  return cache;
}

/** Parses the spec now (tests may call this in a `before` hook so the first request is not slow). */
export function preloadSpec(): void {
  load();
}

/** Finds the operation a method and raw (still percent-encoded) pathname address, or undefined. */
export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  const { routes } = load();
  for (const route of routes) {
    if (route.method !== method) continue;
    const m = route.regex.exec(pathname);
    if (!m) continue;
    const pathParams: Record<string, string> = {};
    route.paramNames.forEach((name, i) => {
      pathParams[name] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { operationId: String(route.op.operationId), method, template: route.template, pathParams };
  }
  return undefined;
}

function resolveRef<T>(spec: Json, value: unknown): T {
  let v = value as Json;
  while (v && typeof v.$ref === 'string') {
    const parts = (v.$ref as string).replace(/^#\//, '').split('/');
    v = parts.reduce<Json>((node, key) => node[key] as Json, spec);
  }
  return v as T;
}

/** Points `#/components/schemas/<name>` refs at one ajv schema per component (added on demand). */
function rewriteRefs(schema: unknown, refs: Set<string> = new Set()): unknown {
  if (Array.isArray(schema)) return schema.map((s) => rewriteRefs(s, refs));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema as Json)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
      const name = v.slice('#/components/schemas/'.length);
      refs.add(name);
      out[k] = `${COMPONENTS_ID}${name}`;
    } else out[k] = rewriteRefs(v, refs);
  }
  return out;
}

/** Rewrites a schema's refs and registers every component it reaches (transitively) with ajv, once. */
function prepare(schema: unknown, transform: (s: unknown) => unknown): Json {
  const { spec, ajv } = load();
  const refs = new Set<string>();
  const prepared = transform(rewriteRefs(schema, refs)) as Json;
  const queue = [...refs];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (addedComponents.has(name)) continue;
    addedComponents.add(name);
    const nested = new Set<string>();
    const component = ((spec.components as Json).schemas as Json)[name];
    ajv.addSchema({ ...(convertNullable(rewriteRefs(component, nested)) as Json), $id: `${COMPONENTS_ID}${name}` });
    queue.push(...nested);
  }
  return prepared;
}

/**
 * OpenAPI 3.0 `nullable: true` is not JSON Schema (and ajv only accepts it next to `type`):
 * rewrite it as `anyOf: [schema, {type: null}]` everywhere.
 */
function convertNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(convertNullable);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema as Json)) out[k] = k === 'enum' || k === 'example' || k === 'default' ? v : convertNullable(v);
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  delete out.nullable;
  return out;
}

/**
 * Stricter than GitHub on purpose: inline request objects that list their properties reject unknown ones,
 * so a misspelled field (`anotations`) fails the test instead of being silently ignored.
 */
function closeInlineObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeInlineObjects);
  if (schema === null || typeof schema !== 'object') return schema;
  const s = { ...(schema as Json) };
  if (s.$ref !== undefined || s.allOf || s.anyOf || s.oneOf) return s;
  if (s.properties && typeof s.properties === 'object') {
    if (s.additionalProperties === undefined) s.additionalProperties = false;
    s.properties = Object.fromEntries(Object.entries(s.properties as Json).map(([k, v]) => [k, closeInlineObjects(v)]));
  }
  if (s.items) s.items = closeInlineObjects(s.items);
  return s;
}

function validatorsFor(match: MatchedOperation): OperationValidators {
  const key = `${match.method} ${match.template}`;
  const known = validators.get(key);
  if (known) return known;
  const { spec, ajv, routes } = load();
  const compile = (schema: unknown, close: boolean): ValidateFunction => ajv.compile(prepare(schema, (x) => convertNullable(close ? closeInlineObjects(x) : x)));
  const route = routes.find((r) => r.method === match.method && r.template === match.template);
  if (!route) throw new Error(`no route ${key}`);
  const params = ((route.op.parameters as unknown[]) ?? []).map((p) => resolveRef<ParameterSpec>(spec, p));
  const requestBody = resolveRef<Json | undefined>(spec, route.op.requestBody);
  const content = (requestBody?.content ?? {}) as Record<string, Json>;
  const jsonSchema = content['application/json']?.schema;
  const entry: OperationValidators = {
    params: params.map((p) => ({ spec: p, validate: p.schema ? compile(p.schema, false) : undefined })),
    body: jsonSchema ? compile(jsonSchema, true) : undefined,
    bodyRequired: requestBody?.required === true,
    bodyIsJson: jsonSchema !== undefined,
  };
  validators.set(key, entry);
  return entry;
}

function coerce(raw: string, schema: Json | undefined): unknown {
  const type = schema?.type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

function describe(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : ''}`).join('; ');
}

/** Validates path and query parameters and the JSON body of a matched request against the spec. */
export function validateRequest(match: MatchedOperation, query: URLSearchParams, body: unknown, hasBody: boolean): RequestProblem[] {
  const v = validatorsFor(match);
  const problems: RequestProblem[] = [];
  const declared = new Set(v.params.map((p) => p.spec.name));
  for (const { spec: p, validate } of v.params) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const raw = p.in === 'path' ? match.pathParams[p.name] : query.get(p.name) ?? undefined;
    if (raw === undefined) {
      if (p.required) problems.push({ where: p.in, message: `missing required parameter '${p.name}'` });
      continue;
    }
    if (validate && !validate(coerce(raw, p.schema))) {
      problems.push({ where: p.in, message: `parameter '${p.name}'=${JSON.stringify(raw)}: ${describe(validate.errors)}` });
    }
  }
  for (const name of new Set(query.keys())) {
    if (!declared.has(name)) problems.push({ where: 'query', message: `unknown query parameter '${name}'` });
  }
  if (v.bodyIsJson && v.body) {
    if (!hasBody) {
      if (v.bodyRequired) problems.push({ where: 'body', message: 'missing required JSON body' });
    } else if (!v.body(body)) {
      problems.push({ where: 'body', message: describe(v.body.errors) });
    }
  } else if (hasBody && !v.bodyIsJson && match.method !== 'POST') {
    problems.push({ where: 'body', message: 'this operation takes no body' });
  }
  return problems;
}
