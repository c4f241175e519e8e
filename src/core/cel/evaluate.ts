import { isCelError, type CelInput } from '@bufbuild/cel';
import type { StructuralSchema } from '../crd.js';
import type { PathSegment } from '../path.js';
import { indexByMapKeys, mapKeyOf, structurallyEqual } from './compare.js';
import type { CompiledKindRules, CompiledNode, CompiledRule } from './compile.js';
import { withDefaults } from './defaults.js';
import { errorLine, failureDetail, failureLine, formatFieldPath, schemaTypeWord } from './message.js';
import { toCelValue } from './value.js';

/** One rule that did not hold, worded as the API server words it. */
export interface CelViolation {
  /** The rule's node (plus its `fieldPath`), from the document root. */
  path: PathSegment[];
  rule: string;
  /** The API server's error line, e.g. `spec.owner: Invalid value: "object": spec.owner is immutable`. */
  message: string;
  /** The part after the path and value: the rule's message (or `failed rule: …`, or the runtime error). */
  detail: string;
  /** True for a rule that uses `oldSelf`. */
  transition: boolean;
  /** `failed`: the rule returned false. `error`: it could not be evaluated (e.g. `no such key`). */
  outcome: 'failed' | 'error';
  reason: CompiledRule['reason'];
  /**
   * True when the API server would let this pass on update (validation ratcheting, on by default since 1.30):
   * a plain rule fails, but its node — or its nearest ancestor that can be matched with the old object — is
   * unchanged. Only ever true when an old object was given.
   */
  ratcheted: boolean;
}

export interface EvaluateOptions {
  /**
   * Asked for each node whose rules would run; returning true skips that node's rules (its children are still
   * visited and asked). Use it to skip nodes where the schema check failed; see `skipAroundErrors`.
   */
  skip?: (path: readonly PathSegment[]) => boolean;
  /** Run only plain rules or only transition rules; default both. */
  only?: 'plain' | 'transition';
  /**
   * A key for an object such that equal keys mean equal values (after defaults), e.g. the text it was read
   * from; undefined when there is none. Without an old object and `skip`, the rules under a keyed node run
   * once per key, node and path, and nodes met again reuse their verdicts (snapshots repeat whole specs).
   */
  sameAs?: (value: object) => string | undefined;
}

/** Verdicts under keyed nodes (see EvaluateOptions.sameAs): compiled node → key → path → violations. */
const verdictsByKey = new WeakMap<CompiledNode, Map<string, Map<string, CelViolation[]>>>();

function keyedVerdicts(node: CompiledNode, key: string): Map<string, CelViolation[]> {
  let byKey = verdictsByKey.get(node);
  if (!byKey) verdictsByKey.set(node, (byKey = new Map()));
  let byPath = byKey.get(key);
  if (!byPath) byKey.set(key, (byPath = new Map()));
  return byPath;
}

interface Anchor {
  value: unknown;
  old: unknown;
  schema: StructuralSchema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const present = (v: unknown) => v !== undefined && v !== null;

/**
 * The node ratcheting compares for a child: the child itself when it has an old value; nothing when its
 * parent has an old value but the child is new; else (the parent could not be correlated) the parent's anchor.
 */
function childAnchor(value: unknown, oldParent: unknown, oldValue: unknown, schema: StructuralSchema, parent: Anchor | undefined): Anchor | undefined {
  if (present(oldValue)) return { value, old: oldValue, schema };
  return oldParent === undefined ? parent : undefined;
}

/**
 * Evaluates the kind's rules on `object` (already defaulted by the schema check). With `oldObject` (the same
 * resource at the PR base; defaulted here), transition rules run wherever the old value correlates.
 */
export function evaluateRules(
  compiled: CompiledKindRules,
  object: unknown,
  oldObject: unknown,
  options: EvaluateOptions = {},
): CelViolation[] {
  const root = compiled.root;
  if (!root) return [];
  const only = options.only;
  if (only === 'transition' && (!root.hasTransition || !present(oldObject))) return [];
  const old = present(oldObject) ? withDefaults(oldObject, root.schema) : undefined;
  const out: CelViolation[] = [];
  const path: PathSegment[] = [];
  const wants = (node: CompiledNode, oldValue: unknown) =>
    only === 'plain' ? node.hasPlain : only === 'transition' ? node.hasTransition && present(oldValue) : node.hasPlain || (node.hasTransition && present(oldValue));

  const runRules = (node: CompiledNode, value: unknown, oldValue: unknown, anchor: Anchor | undefined) => {
    let self: CelInput | undefined;
    let oldSelf: CelInput | undefined;
    for (const rule of node.rules) {
      if (rule.transition ? only === 'plain' || !present(oldValue) : only === 'transition') continue;
      let result: unknown;
      let bindings: { self: CelInput; oldSelf?: CelInput } | undefined;
      if (rule.program.selfEqualsOldSelf) {
        result = structurallyEqual(value, oldValue, node.schema);
      } else {
        self ??= toCelValue(value, node.schema);
        bindings = rule.transition ? { self, oldSelf: (oldSelf ??= toCelValue(oldValue, node.schema)) } : { self };
        result = rule.program.run(bindings);
      }
      if (result === true) continue;
      const at = [...path, ...rule.fieldPath];
      const pathText = formatFieldPath(compiled.root!.schema, at);
      const typeWord = schemaTypeWord(node.schema);
      const ratcheted = !rule.transition && anchor !== undefined && structurallyEqual(anchor.value, anchor.old, anchor.schema);
      if (result === false) {
        let fromExpression: string | undefined;
        if (rule.messageExpression) {
          const msg = rule.messageExpression.run(bindings ?? { self: (self ??= toCelValue(value, node.schema)) });
          if (typeof msg === 'string') fromExpression = msg;
        }
        const detail = failureDetail(rule, fromExpression);
        const message = failureLine(pathText, typeWord, rule, detail);
        out.push({ path: at, rule: rule.rule, message, detail, transition: rule.transition, outcome: 'failed', reason: rule.reason, ratcheted });
      } else {
        const celMessage = isCelError(result) ? result.message : 'rule did not evaluate to a bool';
        const message = errorLine(pathText, typeWord, rule, celMessage);
        const detail = message.slice(message.indexOf('": ') + 3);
        out.push({ path: at, rule: rule.rule, message, detail, transition: rule.transition, outcome: 'error', reason: 'FieldValueInvalid', ratcheted });
      }
    }
  };

  const sameAs = old === undefined && !options.skip ? options.sameAs : undefined;

  const visit = (node: CompiledNode, value: unknown, oldValue: unknown, anchor: Anchor | undefined) => {
    if (!present(value)) return;
    const key = sameAs && isRecord(value) ? sameAs(value) : undefined;
    if (key !== undefined) {
      const byPath = keyedVerdicts(node, key);
      const at = path.join('\u0000');
      const seen = byPath.get(at);
      if (seen) {
        for (const v of seen) out.push({ ...v, path: [...v.path] });
        return;
      }
      const from = out.length;
      visitNode(node, value, oldValue, anchor);
      byPath.set(at, out.slice(from).map((v) => ({ ...v, path: [...v.path] })));
      return;
    }
    visitNode(node, value, oldValue, anchor);
  };

  const visitNode = (node: CompiledNode, value: unknown, oldValue: unknown, anchor: Anchor | undefined) => {
    if (node.rules.length && !options.skip?.(path)) runRules(node, value, oldValue, anchor);
    if (isRecord(value)) {
      const oldRecord = isRecord(oldValue) ? oldValue : undefined;
      for (const [key, child] of node.properties) {
        const oldChild = oldRecord?.[key];
        if (!present(value[key]) || !wants(child, oldChild)) continue;
        path.push(key);
        visit(child, value[key], oldChild, childAnchor(value[key], oldRecord, oldChild, child.schema, anchor));
        path.pop();
      }
      const values = node.values;
      if (values) {
        for (const key of Object.keys(value)) {
          if (node.schema.properties?.[key]) continue;
          const oldChild = oldRecord?.[key];
          if (!wants(values, oldChild)) continue;
          path.push(key);
          visit(values, value[key], oldChild, childAnchor(value[key], oldRecord, oldChild, values.schema, anchor));
          path.pop();
        }
      }
    } else if (Array.isArray(value) && node.items) {
      visitItems(node, node.items, value, oldValue, anchor);
    }
  };

  const visitItems = (node: CompiledNode, items: CompiledNode, list: unknown[], oldList: unknown, anchor: Anchor | undefined) => {
    const mapKeys = node.schema['x-kubernetes-list-type'] === 'map' ? (node.schema['x-kubernetes-list-map-keys'] ?? []) : undefined;
    // Only items of map-type lists correlate with old items (by key); atomic and set list items never do.
    const oldByKey = mapKeys && Array.isArray(oldList) ? indexByMapKeys(oldList, mapKeys) : undefined;
    for (let i = 0; i < list.length; i++) {
      const oldItem = oldByKey && mapKeys ? oldByKey.get(mapKeyOf(list[i], mapKeys)) : undefined;
      if (!wants(items, oldItem)) continue;
      const itemAnchor = oldByKey ? (present(oldItem) ? { value: list[i], old: oldItem, schema: items.schema } : undefined) : anchor;
      path.push(i);
      visit(items, list[i], oldItem, itemAnchor);
      path.pop();
    }
  };

  visit(root, object, old, present(old) ? { value: object, old, schema: root.schema } : undefined);
  return out;
}
