import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import { ParameterSchemas } from '../param-schema/parameter-schemas.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';
import type { RuleInfo } from '../rule-info.js';
import { componentTypeOf } from './component-refs.js';
import { parameterSchemasFor, valueFindings } from './parameter-findings.js';
import { list, ownOfKind, rec, str } from './reference-lookup.js';

export const parameterRules: RuleInfo[] = [
  { id: 'parameters/schema', title: 'Parameter schemas use the Kubernetes dialect', description: 'openAPIV3Schema of types, traits and workflows must only use JSONSchemaProps keywords and resolvable local `#/$defs` references; the webhook rejects anything else.' },
  { id: 'parameters/invalid-value', title: 'Parameter values match their schema', description: 'Component, trait, environment-config and release parameters must satisfy the schema; otherwise ComponentRelease admission or rendering fails.' },
  { id: 'parameters/missing-required', title: 'Required parameters are set', description: 'Required parameters must be written out; ComponentRelease admission applies no defaults.' },
  { id: 'parameters/unknown-field', title: 'No unknown parameters where the schema is closed', description: 'With `additionalProperties: false` an undeclared key is rejected.' },
  { id: 'parameters/ignored-key', title: 'Undeclared parameter keys', description: 'Undeclared keys are accepted and silently ignored, so a typo falls back to the default.' },
];

/** Kinds declaring parameter schemas, and where. */
const SCHEMA_HOLDERS: Record<string, string[]> = {
  ComponentType: ['parameters', 'environmentConfigs'],
  ClusterComponentType: ['parameters', 'environmentConfigs'],
  Trait: ['parameters', 'environmentConfigs'],
  ClusterTrait: ['parameters', 'environmentConfigs'],
  Workflow: ['parameters'],
  ClusterWorkflow: ['parameters'],
  ResourceType: ['parameters', 'environmentConfigs'],
  ClusterResourceType: ['parameters', 'environmentConfigs'],
};

export function newParameterSchemas(): ParameterSchemas {
  return new ParameterSchemas();
}

/** The `openAPIV3Schema` of a type/trait/workflow section, or undefined. */
export function schemaOf(resource: Resource | undefined, section: 'parameters' | 'environmentConfigs'): unknown {
  return rec(rec(rec(resource?.object.spec)?.[section])?.openAPIV3Schema) ?? undefined;
}

export function checkParameterSchemas(index: RepoIndex, positions: PositionIndex): Finding[] {
  const schemas = parameterSchemasFor(index, newParameterSchemas);
  const out: Finding[] = [];
  for (const [kind, sections] of Object.entries(SCHEMA_HOLDERS)) {
    for (const holder of ownOfKind(index, kind)) {
      for (const section of sections) {
        const raw = rec(rec(holder.object.spec)?.[section])?.openAPIV3Schema;
        if (raw === undefined) continue;
        for (const problem of schemas.compile(raw).problems) {
          out.push(findingAt(positions, holder.doc, ['spec', section, 'openAPIV3Schema', ...problem.path], {
            ruleId: 'parameters/schema',
            severity: 'error',
            message: `spec.${section}.openAPIV3Schema contains unknown or invalid fields: ${problem.message}`,
            hint: 'Parameter schemas use the Kubernetes OpenAPI v3.0 subset (JSONSchemaProps), not JSON Schema 2020-12.',
          }));
        }
      }
    }
  }
  return out;
}

export function checkComponentParameters(index: RepoIndex, positions: PositionIndex): Finding[] {
  const schemas = parameterSchemasFor(index, newParameterSchemas);
  const out: Finding[] = [];
  for (const component of ownOfKind(index, 'Component')) {
    const spec = rec(component.object.spec);
    if (!spec) continue;
    const ns = index.namespaceOf(component);
    const type = componentTypeOf(index, component);
    if (type) {
      const raw = schemaOf(type, 'parameters');
      if (raw) {
        const problems = schemas.check(raw, spec.parameters, { defaults: false });
        const envProps = rec(rec(schemaOf(type, 'environmentConfigs'))?.properties);
        for (const p of problems) {
          if (p.kind === 'ignored-unknown' && p.path.length === 1 && envProps && String(p.path[0]) in envProps) {
            p.hint = `"${String(p.path[0])}" is an environment config of ${type.kind} "${type.name}": set it per environment in ReleaseBinding spec.componentTypeEnvironmentConfigs.`;
          }
        }
        valueFindings(positions, component, problems, {
          base: ['spec', 'parameters'], schemaOwner: `${type.kind} "${type.name}" parameters`, severity: 'error', reportRequired: true, reportIgnored: true,
        }, out);
      }
    }
    list(spec.traits).forEach((t, i) => {
      const ref = rec(t);
      const name = str(ref?.name);
      if (!ref || !name) return;
      const trait = index.find(str(ref.kind) ?? 'Trait', ns, name);
      const raw = schemaOf(trait, 'parameters');
      if (!trait || !raw) return;
      valueFindings(positions, component, schemas.check(raw, ref.parameters, { defaults: false }), {
        base: ['spec', 'traits', i, 'parameters'], schemaOwner: `${trait.kind} "${trait.name}" parameters`, severity: 'error', reportRequired: true, reportIgnored: true,
      }, out);
    });
    checkWorkflowParameters(index, schemas, positions, component, ['spec', 'workflow'], out);
  }
  for (const run of ownOfKind(index, 'WorkflowRun')) checkWorkflowParameters(index, schemas, positions, run, ['spec', 'workflow'], out);
  return out;
}

/** Workflow parameters are completed when a run is triggered (e.g. the commit): only wrong values warn. */
function checkWorkflowParameters(index: RepoIndex, schemas: ParameterSchemas, positions: PositionIndex, resource: Resource, at: string[], out: Finding[]): void {
  const ref = rec(rec(resource.object.spec)?.workflow);
  const name = str(ref?.name);
  if (!ref || !name || ref.parameters === undefined) return;
  const workflow = index.find(str(ref.kind) ?? 'ClusterWorkflow', index.namespaceOf(resource), name);
  const raw = schemaOf(workflow, 'parameters');
  if (!workflow || !raw) return;
  valueFindings(positions, resource, schemas.check(raw, ref.parameters, { defaults: true }), {
    base: [...at, 'parameters'], schemaOwner: `${workflow.kind} "${workflow.name}" parameters`, severity: 'warning', reportRequired: false, reportIgnored: true,
  }, out);
}
