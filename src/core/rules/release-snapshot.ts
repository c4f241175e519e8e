import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { RuleInfo } from '../rule-info.js';
import { parameterSchemasFor, valueFindings } from './parameter-findings.js';
import { newParameterSchemas } from './parameters.js';
import { list, ownOfKind, rec, str } from './reference-lookup.js';
import { checkSecretKeyRefs } from './secret-key-refs.js';

export const releaseSnapshotRules: RuleInfo[] = [
  { id: 'release/snapshot-traits', title: 'ComponentRelease traits are consistent', description: 'The ComponentRelease webhook requires unique `traits[]` kind:name, unique profile instanceNames, and every profile trait present in the traits snapshot.' },
];

/**
 * ComponentRelease admission (CREATE): the profile's parameters against the snapshot type schema and each
 * profile trait's parameters against its snapshot trait schema, all WITHOUT defaults; trait bookkeeping.
 */
export function checkReleaseSnapshots(index: RepoIndex, positions: PositionIndex): Finding[] {
  const schemas = parameterSchemasFor(index, newParameterSchemas);
  const out: Finding[] = [];
  for (const release of ownOfKind(index, 'ComponentRelease')) {
    const spec = rec(release.object.spec);
    if (!spec) continue;
    // Bindings render the snapshot Workload: its secret references must resolve too.
    checkSecretKeyRefs(index, positions, release, ['spec', 'workload', 'container'], out);
    const snapshots = new Map<string, Record<string, any>>();
    list(spec.traits).forEach((t, i) => {
      const trait = rec(t);
      const name = str(trait?.name);
      if (!trait || !name) return;
      const key = `${str(trait.kind) ?? 'Trait'}:${name}`;
      if (snapshots.has(key)) {
        out.push(findingAt(positions, release.doc, ['spec', 'traits', i, 'name'], {
          ruleId: 'release/snapshot-traits', severity: 'error',
          message: `spec.traits[${i}]: Duplicate value: "${key}"`, hint: 'Each trait appears once in the snapshot.',
        }));
      } else snapshots.set(key, trait);
    });
    const profile = rec(spec.componentProfile);
    const typeSchema = rec(rec(rec(rec(spec.componentType)?.spec)?.parameters)?.openAPIV3Schema);
    if (typeSchema) {
      valueFindings(positions, release, schemas.check(typeSchema, profile?.parameters, { defaults: false }), {
        base: ['spec', 'componentProfile', 'parameters'], schemaOwner: 'snapshot ComponentType parameters', severity: 'error', reportRequired: true, reportIgnored: false,
      }, out);
    }
    const instances = new Set<string>();
    list(profile?.traits).forEach((t, i) => {
      const ref = rec(t);
      const name = str(ref?.name);
      if (!ref || !name) return;
      const kind = str(ref.kind) ?? 'Trait';
      const instance = str(ref.instanceName);
      if (instance && instances.has(instance)) {
        out.push(findingAt(positions, release.doc, ['spec', 'componentProfile', 'traits', i, 'instanceName'], {
          ruleId: 'release/snapshot-traits', severity: 'error',
          message: `spec.componentProfile.traits[${i}].instanceName: Duplicate value: "${instance}"`, hint: '',
        }));
      }
      if (instance) instances.add(instance);
      const snapshot = snapshots.get(`${kind}:${name}`);
      if (!snapshot) {
        out.push(findingAt(positions, release.doc, ['spec', 'componentProfile', 'traits', i, 'name'], {
          ruleId: 'release/snapshot-traits', severity: 'error',
          message: `trait '${name}' (kind ${kind}) referenced in componentProfile but not found in traits snapshot`,
          hint: 'Cut a new release that includes the trait spec in spec.traits.',
        }));
        return;
      }
      const schema = rec(rec(rec(snapshot.spec)?.parameters)?.openAPIV3Schema);
      if (schema) {
        valueFindings(positions, release, schemas.check(schema, ref.parameters, { defaults: false }), {
          base: ['spec', 'componentProfile', 'traits', i, 'parameters'], schemaOwner: `snapshot ${kind} "${name}" parameters`,
          severity: 'error', reportRequired: true, reportIgnored: false,
        }, out);
      }
    });
  }
  return out;
}
