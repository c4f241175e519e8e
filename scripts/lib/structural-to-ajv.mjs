// Turns a Kubernetes structural schema (CRD openAPIV3Schema) into a JSON Schema that Ajv judges the way
// the API server does with server-side apply (strict field validation):
// - objects with `properties` are closed (unknown field = error) unless x-kubernetes-preserve-unknown-fields;
// - x-kubernetes-int-or-string → integer or string; x-kubernetes-embedded-resource → needs apiVersion and kind;
// - x-kubernetes-list-type: set → uniqueItems (list-type map is judged outside Ajv, see list-maps.ts);
// - formats become no-ops except the ones Kubernetes checks that appear outside status (uri);
// - root `metadata` and `status` are left open: metadata is judged by metadata.ts, status is ignored.
// The x-kubernetes-* keys themselves are removed (CEL rules are evaluated by the CEL layer).

const DROP = new Set([
  'x-kubernetes-validations',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-int-or-string',
  'x-kubernetes-embedded-resource',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
  'nullable',
  'example',
  'format',
]);

function convert(node) {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROP.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    } else if (key === 'default' || key === 'enum') {
      out[key] = value;
    } else {
      out[key] = convert(value);
    }
  }
  if (node['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (node['x-kubernetes-embedded-resource']) {
    out.type = 'object';
    out.properties = {
      apiVersion: { type: 'string', minLength: 1 },
      kind: { type: 'string', minLength: 1 },
      metadata: { type: 'object' },
      ...(out.properties ?? {}),
    };
    out.required = [...new Set([...(out.required ?? []), 'apiVersion', 'kind'])];
  }
  if (node['x-kubernetes-list-type'] === 'set') out.uniqueItems = true;
  if (node.format === 'uri') out.pattern = out.pattern ?? '^[A-Za-z][A-Za-z0-9+.-]*:\\S*$';
  const open = node['x-kubernetes-preserve-unknown-fields'] === true || node['x-kubernetes-embedded-resource'] === true;
  if ((node.type === 'object' || out.properties) && out.properties && !open && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

/** Converts a CRD root schema. */
export function structuralToAjv(root) {
  const schema = convert(root);
  schema.properties = { ...(schema.properties ?? {}) };
  schema.properties.metadata = { type: 'object' };
  schema.properties.status = {};
  schema.additionalProperties = false;
  schema.required = [...new Set([...(schema.required ?? []), 'apiVersion', 'kind', 'metadata'])];
  return schema;
}
