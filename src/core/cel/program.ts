import { celEnv, parse, plan, type CelResult } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';

/** A CEL expression ready to run against `self` (and `oldSelf` for transition rules). */
export interface CelProgram {
  /** The expression as written in the CRD. */
  source: string;
  /** True when the expression refers to `oldSelf` (a Kubernetes transition rule). */
  transition: boolean;
  /** True when the whole expression is `self == oldSelf`, which is evaluated with schema-aware equality. */
  selfEqualsOldSelf: boolean;
  run(bindings: { self: unknown; oldSelf?: unknown }): CelResult;
}

/** Thrown when a rule uses syntax or functions this evaluator (and so the check) does not support. */
export class CelCompileError extends Error {}

/**
 * The Kubernetes CRD environment as far as OpenChoreo needs it: the standard library plus the strings
 * extension. Kubernetes' own libraries (quantity, url, ip, format, sets, lists) are not registered; a rule
 * that calls one fails to compile, so the rule inventory test catches a CRD release that starts using one.
 */
const env = celEnv({ funcs: strings });

/** Calls the planner handles itself rather than through the function table. */
const PLANNER_CALLS = new Set(['_[_]', '_?_:_', '_&&_', '_||_', '@not_strictly_false', '__not_strictly_false__']);
/** Type names usable as identifiers (`type(x) == string`). */
const TYPE_IDENTS = new Set(['bool', 'int', 'uint', 'double', 'string', 'bytes', 'list', 'map', 'null_type', 'type', 'dyn']);

interface ExprNode {
  exprKind?: { case?: string; value?: any };
}

/** Walks a parsed expression: collects the identifiers and functions it uses, minus comprehension variables. */
function inspect(expr: ExprNode, bound: ReadonlySet<string>, idents: Set<string>, funcs: Set<string>): void {
  const kind = expr.exprKind;
  if (!kind?.case) return;
  const v = kind.value;
  switch (kind.case) {
    case 'identExpr':
      if (!bound.has(v.name)) idents.add(v.name);
      return;
    case 'selectExpr':
      if (v.operand) inspect(v.operand, bound, idents, funcs);
      return;
    case 'callExpr':
      funcs.add(v.function);
      if (v.target) inspect(v.target, bound, idents, funcs);
      for (const arg of v.args) inspect(arg, bound, idents, funcs);
      return;
    case 'listExpr':
      for (const el of v.elements) inspect(el, bound, idents, funcs);
      return;
    case 'structExpr':
      for (const entry of v.entries) {
        if (entry.keyKind?.case === 'mapKey') inspect(entry.keyKind.value, bound, idents, funcs);
        if (entry.value) inspect(entry.value, bound, idents, funcs);
      }
      return;
    case 'comprehensionExpr': {
      inspect(v.iterRange, bound, idents, funcs);
      const inner = new Set([...bound, v.iterVar, v.iterVar2, v.accuVar].filter(Boolean));
      for (const part of [v.accuInit, v.loopCondition, v.loopStep, v.result]) if (part) inspect(part, inner, idents, funcs);
      return;
    }
    default:
      return;
  }
}

const cache = new Map<string, CelProgram>();

/**
 * Compiles one rule (or messageExpression). Parses, checks that every identifier is `self`/`oldSelf` and every
 * function exists, then plans it. Compiled programs are shared across CRDs and releases by their text.
 */
export function compileExpression(source: string): CelProgram {
  const hit = cache.get(source);
  if (hit) return hit;
  let parsed: ReturnType<typeof parse>;
  try {
    // A `//` comment as the very last token fails to parse in @bufbuild/cel 0.6; a newline avoids it.
    parsed = parse(`${source}\n`);
  } catch (err) {
    throw new CelCompileError(`cannot parse CEL rule ${JSON.stringify(source)}: ${(err as Error).message}`);
  }
  const idents = new Set<string>();
  const funcs = new Set<string>();
  inspect(parsed.expr as ExprNode, new Set(), idents, funcs);
  for (const name of idents) {
    if (name !== 'self' && name !== 'oldSelf' && !TYPE_IDENTS.has(name)) {
      throw new CelCompileError(`CEL rule ${JSON.stringify(source)} refers to undeclared name "${name}"`);
    }
  }
  for (const name of funcs) {
    if (!PLANNER_CALLS.has(name) && !env.funcs.find(name)) {
      throw new CelCompileError(`CEL rule ${JSON.stringify(source)} calls "${name}", which this evaluator does not provide`);
    }
  }
  const program = plan(env, parsed);
  const compiled: CelProgram = {
    source,
    transition: idents.has('oldSelf'),
    selfEqualsOldSelf: /^\s*self\s*==\s*oldSelf\s*$/.test(source),
    run: (bindings) => program(bindings as unknown as Parameters<typeof program>[0]),
  };
  cache.set(source, compiled);
  return compiled;
}
