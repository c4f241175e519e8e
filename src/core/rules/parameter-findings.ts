import type { Finding, Severity } from '../finding.js';
import { findingAt } from '../finding-at.js';
import { formatPath, type PathSegment } from '../path.js';
import type { ParameterSchemas, ValueProblem } from '../param-schema/parameter-schemas.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';

const schemasByIndex = new WeakMap<RepoIndex, ParameterSchemas>();

/** One compiled-schema cache per run (per index), shared by every parameter rule. */
export function parameterSchemasFor(index: RepoIndex, create: () => ParameterSchemas): ParameterSchemas {
  let schemas = schemasByIndex.get(index);
  if (!schemas) schemasByIndex.set(index, (schemas = create()));
  return schemas;
}

export interface ValueCheck {
  /** Where the values sit in `resource` (e.g. ['spec', 'parameters']). */
  base: PathSegment[];
  /** "ClusterComponentType "service" parameters" — what the schema belongs to, for messages. */
  schemaOwner: string;
  /** Severity of a value the schema rejects. */
  severity: Severity;
  /** Whether to report `required` problems (workflow parameters are completed at run time). */
  reportRequired: boolean;
  /** Whether to report keys the schema ignores. */
  reportIgnored: boolean;
}

const RULE_BY_KIND: Record<ValueProblem['kind'], string> = {
  invalid: 'parameters/invalid-value',
  required: 'parameters/missing-required',
  'closed-unknown': 'parameters/unknown-field',
  'ignored-unknown': 'parameters/ignored-key',
};

/** Turns value problems into findings at the offending value (or its nearest written ancestor). */
export function valueFindings(positions: PositionIndex, resource: Resource, problems: readonly ValueProblem[], check: ValueCheck, out: Finding[]): void {
  for (const p of problems) {
    if (p.kind === 'required' && !check.reportRequired) continue;
    if (p.kind === 'ignored-unknown' && !check.reportIgnored) continue;
    const path = [...check.base, ...p.path];
    const where = formatPath(path);
    const severity: Severity = p.kind === 'ignored-unknown' ? 'warning' : check.severity;
    let hint = p.hint;
    if (p.kind === 'required') {
      hint = p.hasDefault
        ? `The schema gives it a default, but ComponentRelease admission validates without defaults: write "${String(p.path[p.path.length - 1])}" out explicitly.`
        : `Set "${String(p.path[p.path.length - 1])}"; the ${check.schemaOwner} schema requires it.`;
    }
    out.push(findingAt(positions, resource.doc, p.kind === 'required' ? path.slice(0, -1) : path, {
      ruleId: RULE_BY_KIND[p.kind],
      severity,
      message: `${where}: ${p.message} (${check.schemaOwner} schema)`,
      hint,
    }));
  }
}
