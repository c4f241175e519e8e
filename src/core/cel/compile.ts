import type { CrdInfo, StructuralSchema } from '../crd.js';
import type { PathSegment } from '../path.js';
import { compileExpression, type CelProgram } from './program.js';

/** One `x-kubernetes-validations` entry, ready to evaluate. */
export interface CompiledRule {
  rule: string;
  program: CelProgram;
  /** `message`, trimmed; empty when the CRD gives none. */
  message: string;
  messageExpression: CelProgram | undefined;
  /** Kubernetes `reason` (FieldValueInvalid when unset). */
  reason: 'FieldValueInvalid' | 'FieldValueForbidden' | 'FieldValueRequired' | 'FieldValueDuplicate';
  /** `fieldPath` relative to the rule's node, as path segments. */
  fieldPath: PathSegment[];
  transition: boolean;
}

/** A schema node that has rules, or lies on the way to one. Branches without rules are left out. */
export interface CompiledNode {
  schema: StructuralSchema;
  rules: CompiledRule[];
  properties: [string, CompiledNode][];
  items: CompiledNode | undefined;
  /** Map values (`additionalProperties`). */
  values: CompiledNode | undefined;
  /** Some rule at or below this node is a transition rule. */
  hasTransition: boolean;
  /** Some rule at or below this node is not a transition rule. */
  hasPlain: boolean;
}

/** A rule the evaluator cannot run; the inventory test requires this list to be empty for every release. */
export interface UnsupportedRule {
  /** Schema location, e.g. `spec.roleMappings[*]`. */
  at: string;
  rule: string;
  error: string;
}

export interface CompiledKindRules {
  /** Undefined when the kind has no rules. */
  root: CompiledNode | undefined;
  ruleCount: number;
  transitionCount: number;
  unsupported: UnsupportedRule[];
}

/** What CEL sees of `metadata` at the root of a resource (the API server exposes only these two). */
const ROOT_METADATA: StructuralSchema = { type: 'object', properties: { name: { type: 'string' }, generateName: { type: 'string' } } };

/** Parses a Kubernetes `fieldPath` (`.a.b`, `.a['x.y']`, `.list[2]`) into path segments. */
export function parseFieldPath(fieldPath: string | undefined): PathSegment[] {
  const out: PathSegment[] = [];
  if (!fieldPath) return out;
  const token = /\.([A-Za-z_][A-Za-z0-9_-]*)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]/y;
  let m: RegExpExecArray | null;
  while (token.lastIndex < fieldPath.length && (m = token.exec(fieldPath))) {
    out.push(m[1] ?? (m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : Number(m[3])));
  }
  return out;
}

const REASONS = new Set(['FieldValueInvalid', 'FieldValueForbidden', 'FieldValueRequired', 'FieldValueDuplicate']);

interface Counts {
  rules: number;
  transitions: number;
  unsupported: UnsupportedRule[];
}

function compileNode(schema: StructuralSchema, at: string, counts: Counts, depth: number): CompiledNode | undefined {
  if (depth > 64) return undefined;
  const rules: CompiledRule[] = [];
  for (const entry of schema['x-kubernetes-validations'] ?? []) {
    try {
      const program = compileExpression(entry.rule);
      const messageExpression = entry.messageExpression ? compileExpression(entry.messageExpression) : undefined;
      const reason = entry.reason && REASONS.has(entry.reason) ? (entry.reason as CompiledRule['reason']) : 'FieldValueInvalid';
      rules.push({
        rule: entry.rule,
        program,
        message: (entry.message ?? '').trim(),
        messageExpression,
        reason,
        fieldPath: parseFieldPath(entry.fieldPath),
        transition: program.transition,
      });
      counts.rules++;
      if (program.transition) counts.transitions++;
    } catch (err) {
      counts.unsupported.push({ at: at || '<root>', rule: entry.rule, error: (err as Error).message });
    }
  }
  const properties: [string, CompiledNode][] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const node = compileNode(child, at ? `${at}.${key}` : key, counts, depth + 1);
    if (node) properties.push([key, node]);
  }
  const items = schema.items ? compileNode(schema.items, `${at}[*]`, counts, depth + 1) : undefined;
  const extra = schema.additionalProperties;
  const values = extra && typeof extra === 'object' ? compileNode(extra, `${at}{*}`, counts, depth + 1) : undefined;
  const children = [...properties.map(([, n]) => n), ...(items ? [items] : []), ...(values ? [values] : [])];
  const hasTransition = rules.some((r) => r.transition) || children.some((c) => c.hasTransition);
  const hasPlain = rules.some((r) => !r.transition) || children.some((c) => c.hasPlain);
  if (!hasTransition && !hasPlain) return undefined;
  return { schema, rules, properties, items, values, hasTransition, hasPlain };
}

const cache = new WeakMap<CrdInfo, CompiledKindRules>();

/**
 * Compiles every rule of a kind's schema once (cached per CrdInfo object). `status` is left out: the API server
 * drops it on create and keeps the stored one on update, so a manifest's status is never validated.
 */
export function compileKindRules(crd: CrdInfo): CompiledKindRules {
  const hit = cache.get(crd);
  if (hit) return hit;
  const { status: _status, ...properties } = crd.schema.properties ?? {};
  const rootSchema: StructuralSchema = { ...crd.schema, properties: { ...properties, metadata: ROOT_METADATA } };
  const counts: Counts = { rules: 0, transitions: 0, unsupported: [] };
  const root = compileNode(rootSchema, '', counts, 0);
  const compiled: CompiledKindRules = { root, ruleCount: counts.rules, transitionCount: counts.transitions, unsupported: counts.unsupported };
  cache.set(crd, compiled);
  return compiled;
}
