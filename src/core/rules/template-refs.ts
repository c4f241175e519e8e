import { blockSource } from '../block-yaml.js';
import { didYouMean } from '../closest.js';
import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { ParameterSchemas } from '../param-schema/parameter-schemas.js';
import { isPlainObject } from '../param-schema/schema-problem.js';
import type { PathSegment } from '../path.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';
import type { Issue } from '../issue.js';
import type { RuleInfo } from '../rule-info.js';
import { parameterSchemasFor } from './parameter-findings.js';
import { newParameterSchemas } from './parameters.js';
import { list, ownOfKind, rec } from './reference-lookup.js';
import { templateExpressions, variableReads, type Selection, type VariableRead } from './template-expressions.js';

export const templateRefRules: RuleInfo[] = [
  { id: 'templates/undeclared-field', title: 'Template expressions read declared parameters', description: 'Every `parameters.…` / `environmentConfigs.…` path in a `${...}` expression of a ComponentType, Trait or Workflow (and of their ComponentRelease snapshots) must exist in its schema: the webhook type-checks templates and rejects undefined fields.' },
];

type Section = 'parameters' | 'environmentConfigs';
type Family = 'type' | 'trait' | 'workflow';

/** Where each family keeps CEL: paths from `spec`, `*` meaning every list item; each site is walked whole (values and map keys). */
const SITES: Record<Family, string[][]> = {
  type: [
    ['resources', '*', 'template'], ['resources', '*', 'includeWhen'], ['resources', '*', 'forEach'],
    ['validations', '*', 'rule'], ['preRenderValidations', '*', 'rule'],
    ['postRenderValidations', '*', 'when'], ['postRenderValidations', '*', 'forEach'], ['postRenderValidations', '*', 'rule'], ['postRenderValidations', '*', 'target', 'where'],
  ],
  trait: [
    ['creates', '*', 'template'], ['creates', '*', 'includeWhen'], ['creates', '*', 'forEach'],
    ['patches', '*', 'forEach'], ['patches', '*', 'target', 'where'], ['patches', '*', 'operations', '*', 'value'],
    ['removes', '*', 'forEach'], ['removes', '*', 'target', 'where'],
    ['validations', '*', 'rule'], ['preRenderValidations', '*', 'rule'],
    ['postRenderValidations', '*', 'when'], ['postRenderValidations', '*', 'forEach'], ['postRenderValidations', '*', 'rule'], ['postRenderValidations', '*', 'target', 'where'],
  ],
  workflow: [['runTemplate'], ['resources', '*', 'template'], ['resources', '*', 'includeWhen']],
};

const SECTIONS: Record<Family, Section[]> = {
  type: ['parameters', 'environmentConfigs'],
  trait: ['parameters', 'environmentConfigs'],
  workflow: ['parameters'],
};

const FAMILY_BY_KIND: Record<string, Family> = {
  ComponentType: 'type', ClusterComponentType: 'type', Trait: 'trait', ClusterTrait: 'trait', Workflow: 'workflow', ClusterWorkflow: 'workflow',
};

const ALL_ROOTS: ReadonlySet<string> = new Set<Section>(['parameters', 'environmentConfigs']);
const MAX_DEPTH = 64;

/** A problem relative to the checked spec: where the string is and what the finding says. */
interface SpecProblem {
  path: PathSegment[];
  message: string;
  hint: string;
}

/** What is wrong with one read against its schema, if anything. */
interface ReadProblem {
  /** Selections before the offending one. */
  depth: number;
  message: string;
  /** Declared names at that level (for "did you mean"); undefined for a field selected on a scalar. */
  known?: string[];
  /** The CEL type of a scalar a field was selected on. */
  scalar?: string;
  name: string;
}

/**
 * Per run: expression text → its reads, and per resolved schema → the verdict for each read path, so that
 * thousands of ComponentRelease snapshots repeating the same type cost one look-up per expression. Snapshot
 * specs are also cached by content.
 */
class TemplateChecker {
  private readonly reads = new Map<string, VariableRead[]>();
  private readonly verdicts = new WeakMap<object, Map<string, ReadProblem | null>>();
  private readonly bySpecJson = new Map<string, SpecProblem[]>();
  private readonly bySpecText = new Map<Family, Map<string, SpecProblem[]>>();

  constructor(private readonly schemas: ParameterSchemas) {}

  /** Problems of a ComponentType/Trait/Workflow spec; `byContent` for snapshots that repeat across releases. */
  checkSpec(spec: Record<string, any>, family: Family, byContent: boolean): SpecProblem[] {
    if (!byContent) return this.check(spec, family);
    // The spec's YAML text when the fast reader has it (much cheaper than serialising the value), else its JSON.
    const text = blockSource(spec);
    if (text === undefined) {
      const key = `${family}\u0000${JSON.stringify(spec)}`;
      let hit = this.bySpecJson.get(key);
      if (!hit) this.bySpecJson.set(key, (hit = this.check(spec, family)));
      return hit;
    }
    let byText = this.bySpecText.get(family);
    if (!byText) this.bySpecText.set(family, (byText = new Map()));
    let hit = byText.get(text);
    if (!hit) byText.set(text, (hit = this.check(spec, family)));
    return hit;
  }

  private check(spec: Record<string, any>, family: Family): SpecProblem[] {
    const schemas = new Map<Section, Record<string, unknown>>();
    for (const section of SECTIONS[family]) {
      const raw = rec(rec(spec[section])?.openAPIV3Schema);
      if (!raw) continue;
      const compiled = this.schemas.compile(raw);
      // A schema with dialect or $ref problems is reported by parameters/schema; its shape cannot be trusted here.
      if (compiled.resolved && compiled.problems.length === 0) schemas.set(section, compiled.resolved);
    }
    const out: SpecProblem[] = [];
    if (schemas.size === 0) return out;
    const seen = new Set<string>();
    for (const site of SITES[family]) {
      expand(spec, site, [], undefined, (node, path, item) => {
        const shadowed = typeof item?.var === 'string' ? item.var : undefined;
        walkStrings(node, [...path], 0, (text, at) => this.checkText(text, at, schemas, shadowed, out, seen));
      });
    }
    return out;
  }

  private checkText(text: string, at: PathSegment[], schemas: Map<Section, Record<string, unknown>>, shadowed: string | undefined, out: SpecProblem[], seen: Set<string>): void {
    for (const expr of templateExpressions(text)) {
      for (const read of this.readsOf(expr)) {
        const section = read.root as Section;
        const schema = schemas.get(section);
        if (!schema || read.root === shadowed) continue;
        const problem = this.verdict(schema, read.path);
        if (!problem) continue;
        const shown = expr.trim();
        const key = `${at.join('\u0000')}\u0001${shown}\u0001${problem.depth}\u0001${problem.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          path: at,
          message: `invalid CEL expression '${shown}': type check error: ${problem.message}`,
          hint: hintFor(section, read.path, problem, schemas),
        });
      }
    }
  }

  private readsOf(expr: string): VariableRead[] {
    let hit = this.reads.get(expr);
    if (!hit) this.reads.set(expr, (hit = variableReads(expr, ALL_ROOTS)));
    return hit;
  }

  private verdict(schema: Record<string, unknown>, path: Selection[]): ReadProblem | undefined {
    let bySchema = this.verdicts.get(schema);
    if (!bySchema) this.verdicts.set(schema, (bySchema = new Map()));
    const key = path.map((s) => (s.kind === 'field' ? `.${s.name}` : '[]')).join('');
    let hit = bySchema.get(key);
    if (hit === undefined) bySchema.set(key, (hit = judge(schema, path) ?? null));
    return hit ?? undefined;
  }
}

/** Calls `visit` for every node a site pattern reaches, with the list item at its first `*` (for `var`). */
function expand(node: unknown, pattern: readonly string[], path: PathSegment[], item: Record<string, any> | undefined, visit: (node: unknown, path: PathSegment[], item: Record<string, any> | undefined) => void): void {
  if (pattern.length === 0) {
    if (node !== undefined && node !== null) visit(node, path, item);
    return;
  }
  const [head, ...rest] = pattern;
  if (head === '*') {
    list(node).forEach((child, i) => expand(child, rest, [...path, i], item ?? rec(child), visit));
    return;
  }
  const map = rec(node);
  if (map && head in map) expand(map[head], rest, [...path, head], item, visit);
}

/** Every string value and map key containing `${` under node; `path` is a stack, copied only for a hit. */
function walkStrings(node: unknown, path: PathSegment[], depth: number, visit: (text: string, path: PathSegment[]) => void): void {
  if (depth > MAX_DEPTH) return;
  if (typeof node === 'string') {
    if (node.includes('${')) visit(node, [...path]);
  } else if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      walkStrings(node[i], path, depth + 1, visit);
      path.pop();
    }
  } else if (isPlainObject(node)) {
    for (const key in node) {
      path.push(key);
      if (key.includes('${')) visit(key, [...path]);
      walkStrings(node[key], path, depth + 1, visit);
      path.pop();
    }
  }
}

const CEL_TYPE: Record<string, string> = { string: 'string', integer: 'int', number: 'double', boolean: 'bool' };

/** A node whose children are not typed: any field may be read (preserve-unknown-fields, maps, int-or-string). */
function isOpen(node: Record<string, unknown>): boolean {
  return node['x-kubernetes-preserve-unknown-fields'] === true
    || node['x-kubernetes-int-or-string'] === true
    || node.additionalProperties === true
    || isPlainObject(node.additionalProperties);
}

/** Declared properties of a node, including those of its allOf/anyOf/oneOf branches; undefined when none are declared. */
function declaredProperties(node: Record<string, unknown>): Map<string, unknown> | undefined {
  let out: Map<string, unknown> | undefined;
  const add = (props: unknown) => {
    if (!isPlainObject(props)) return;
    out ??= new Map();
    for (const [name, schema] of Object.entries(props)) if (!out.has(name)) out.set(name, schema);
  };
  add(node.properties);
  for (const key of ['allOf', 'anyOf', 'oneOf']) for (const branch of list(node[key])) add(rec(branch)?.properties);
  return out;
}

/** The first selection of `path` the schema does not declare, or undefined when the read type-checks (or cannot be judged). */
function judge(schema: Record<string, unknown>, path: readonly Selection[]): ReadProblem | undefined {
  let node: unknown = schema;
  for (let depth = 0; depth < path.length; depth++) {
    const sel = path[depth];
    if (!isPlainObject(node) || isOpen(node)) return undefined;
    if (sel.kind === 'index') {
      if (!isPlainObject(node.items)) return undefined;
      node = node.items;
      continue;
    }
    if (node.type === 'array' || node.items !== undefined) return undefined;
    const props = declaredProperties(node);
    if (!props) {
      const scalar = typeof node.type === 'string' ? CEL_TYPE[node.type] : undefined;
      return scalar ? { depth, name: sel.name, scalar, message: `type '${scalar}' does not support field selection` } : undefined;
    }
    if (!props.has(sel.name)) return { depth, name: sel.name, known: [...props.keys()], message: `undefined field '${sel.name}'` };
    node = props.get(sel.name);
  }
  return undefined;
}

function describePath(root: string, path: readonly Selection[]): string {
  return root + path.map((s) => (s.kind === 'field' ? `.${s.name}` : '[]')).join('');
}

function hintFor(section: Section, path: readonly Selection[], problem: ReadProblem, schemas: Map<Section, Record<string, unknown>>): string {
  const parent = describePath(section, path.slice(0, problem.depth));
  if (!problem.known) return `${parent} is of type ${problem.scalar ?? 'scalar'}: it has no fields to select.`;
  if (problem.depth === 0) {
    const other: Section = section === 'parameters' ? 'environmentConfigs' : 'parameters';
    const otherProps = rec(schemas.get(other)?.properties);
    if (otherProps && problem.name in otherProps) return `"${problem.name}" is declared in spec.${other}.openAPIV3Schema: read it as ${other}.${problem.name}.`;
  }
  const near = didYouMean(problem.name, problem.known);
  if (near) return near;
  const shown = problem.known.slice(0, 10).join(', ') + (problem.known.length > 10 ? ', …' : '');
  return `Declare "${problem.name}" in spec.${section}.openAPIV3Schema (${parent} declares: ${shown}).`;
}

function report(positions: PositionIndex, resource: Resource, base: PathSegment[], problems: readonly SpecProblem[], out: Finding[]): void {
  for (const p of problems) {
    out.push(findingAt(positions, resource.doc, [...base, ...p.path], {
      ruleId: 'templates/undeclared-field', severity: 'error', message: p.message, hint: p.hint,
    }));
  }
}

const checkers = new WeakMap<RepoIndex, TemplateChecker>();

/**
 * The webhook's CEL type check, reduced to its most common rejection: `parameters.…` / `environmentConfigs.…`
 * reads in templates of types, traits and workflows must name fields their schema declares (after `$defs`
 * resolution). ComponentRelease snapshots are judged per resource (see snapshotTemplateIssues).
 */
export function checkTemplateRefs(index: RepoIndex, positions: PositionIndex): Finding[] {
  let checker = checkers.get(index);
  if (!checker) checkers.set(index, (checker = new TemplateChecker(parameterSchemasFor(index, newParameterSchemas))));
  const out: Finding[] = [];
  for (const [kind, family] of Object.entries(FAMILY_BY_KIND)) {
    for (const holder of ownOfKind(index, kind)) {
      const spec = rec(holder.object.spec);
      if (spec) report(positions, holder, ['spec'], checker.checkSpec(spec, family, false), out);
    }
  }
  return out;
}

/** One checker per process for snapshots: its caches are keyed by content, so they stay right across runs. */
let snapshotChecker: TemplateChecker | undefined;

/**
 * The same check on a ComponentRelease's embedded type and trait specs, against the snapshot's own schemas.
 * A per-resource check, so it runs where the whole snapshot is (worker threads only send slimmed ones back).
 */
export function snapshotTemplateIssues(release: Resource): Issue[] {
  if (release.kind !== 'ComponentRelease') return [];
  snapshotChecker ??= new TemplateChecker(newParameterSchemas());
  const checker = snapshotChecker;
  const spec = rec(release.object.spec);
  const issues: Issue[] = [];
  const add = (base: PathSegment[], problems: readonly SpecProblem[]) => {
    for (const p of problems) issues.push({ path: [...base, ...p.path], ruleId: 'templates/undeclared-field', severity: 'error', message: p.message, hint: p.hint });
  };
  const typeSpec = rec(rec(spec?.componentType)?.spec);
  if (typeSpec) add(['spec', 'componentType', 'spec'], checker.checkSpec(typeSpec, 'type', true));
  list(spec?.traits).forEach((t, i) => {
    const traitSpec = rec(rec(t)?.spec);
    if (traitSpec) add(['spec', 'traits', i, 'spec'], checker.checkSpec(traitSpec, 'trait', true));
  });
  return issues;
}
