import type { StructuralSchema } from '../crd.js';
import type { Path } from '../path.js';
import type { CompiledRule } from './compile.js';

/**
 * Renders a field path as apimachinery does: fields joined by `.`, list indexes `[0]`, map keys unquoted
 * `[X-Token]` (the schema tells a map key from a field), `<nil>` for the root.
 */
export function formatFieldPath(root: StructuralSchema, path: Path): string {
  let out = '';
  let schema: StructuralSchema | undefined = root;
  for (const seg of path) {
    if (typeof seg === 'number') {
      out += `[${seg}]`;
      schema = schema?.items;
    } else if (schema && !schema.properties?.[seg] && typeof schema.additionalProperties === 'object') {
      out += `[${seg}]`;
      schema = schema.additionalProperties;
    } else {
      out += out ? `.${seg}` : seg;
      schema = schema?.properties?.[seg];
    }
  }
  return out || '<nil>';
}

/** The word the API server quotes as the "value" of a failed rule: the node's schema type. */
export function schemaTypeWord(schema: StructuralSchema): string {
  return typeof schema.type === 'string' ? schema.type : '';
}

/** Rewrites @bufbuild/cel runtime errors into cel-go's wording, which the API server prints. */
export function normaliseCelError(message: string): string {
  const notFound = /^field not found: (.*)$/.exec(message);
  if (notFound) return `no such key: ${notFound[1]}`;
  if (/^found no matching overload/.test(message)) return 'no such overload';
  if (message === 'int divide by zero') return 'division by zero';
  if (message === 'int modulus by zero') return 'modulus by zero';
  return message;
}

/** Detail of a failed rule: the evaluated messageExpression when usable, else the message, else the rule. */
export function failureDetail(rule: CompiledRule, messageFromExpression: string | undefined): string {
  if (messageFromExpression !== undefined) {
    const trimmed = messageFromExpression.trim();
    if (trimmed && !trimmed.includes('\n') && trimmed.length <= 5120) return trimmed;
  }
  return rule.message || `failed rule: ${rule.rule.trim()}`;
}

/** `<path>: <body>` for a rule that evaluated to false. */
export function failureLine(pathText: string, typeWord: string, rule: CompiledRule, detail: string): string {
  switch (rule.reason) {
    case 'FieldValueForbidden':
      return `${pathText}: Forbidden: ${detail}`;
    case 'FieldValueRequired':
      return `${pathText}: Required value: ${detail}`;
    case 'FieldValueDuplicate':
      return `${pathText}: Duplicate value: "${typeWord}"`;
    default:
      return `${pathText}: Invalid value: "${typeWord}": ${detail}`;
  }
}

/** `<path>: Invalid value: "<type>": <cel error> evaluating rule: <message or rule>` for a rule that errored. */
export function errorLine(pathText: string, typeWord: string, rule: CompiledRule, celError: string): string {
  return `${pathText}: Invalid value: "${typeWord}": ${normaliseCelError(celError)} evaluating rule: ${rule.message || rule.rule.trim()}`;
}

/**
 * The API server's reply for a rejected object: `<Kind>.<group> "<name>" is invalid: <err>`, or the errors in
 * brackets when there are several (duplicates dropped).
 */
export function apiServerMessage(kind: string, group: string, name: string, lines: readonly string[]): string {
  const unique = [...new Set(lines)];
  const body = unique.length === 1 ? unique[0] : `[${unique.join(', ')}]`;
  return `${kind}.${group} "${name}" is invalid: ${body}`;
}
