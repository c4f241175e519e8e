import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { RuleInfo } from '../rule-info.js';
import { list, lookup, missingReference, ownOfKind, rec, str } from './reference-lookup.js';

export const platformRefRules: RuleInfo[] = [
  { id: 'reference/environment-data-plane', title: 'Environment data plane exists', description: 'An Environment\'s `dataPlaneRef` (or the default DataPlane/ClusterDataPlane "default") must exist when the repository defines data planes (DataPlaneNotFound).' },
  { id: 'reference/project-type', title: 'Project type exists', description: '`Project.spec.type` must name an existing ProjectType (same namespace) or ClusterProjectType (ProjectTypeNotFound).' },
  { id: 'reference/type-trait', title: 'Traits of a component type exist', description: 'Embedded traits of a (Cluster)ComponentType must exist (every component of the type fails with TraitNotFound); allowed traits should.' },
  { id: 'reference/type-workflow', title: 'Allowed workflows of a component type exist', description: 'Workflows listed in `allowedWorkflows` should exist.' },
];

const TYPE_KINDS = ['ComponentType', 'ClusterComponentType'];

export function checkPlatformRefs(index: RepoIndex, positions: PositionIndex): Finding[] {
  const out: Finding[] = [];
  const push = (f: Finding | undefined) => f && out.push(f);
  const planesKnown = index.ofKind('DataPlane').length > 0 || index.ofKind('ClusterDataPlane').length > 0;
  for (const env of ownOfKind(index, 'Environment')) {
    if (!planesKnown) break; // planes are usually registered by the installer, not in Git
    const ns = index.namespaceOf(env);
    const ref = rec(rec(env.object.spec)?.dataPlaneRef);
    const name = str(ref?.name);
    const kind = str(ref?.kind);
    if (ref && name && kind) {
      push(missingReference(index, positions, {
        ruleId: 'reference/environment-data-plane', from: env, path: ['spec', 'dataPlaneRef', 'name'], kind, name, namespace: ns,
        consequence: 'bindings to this environment fail with DataPlaneNotFound',
      }, lookup(index, kind, ns, name)));
    } else if (!ref && !index.find('DataPlane', ns, 'default') && !index.find('ClusterDataPlane', '', 'default')) {
      out.push(findingAt(positions, env.doc, ['spec'], {
        ruleId: 'reference/environment-data-plane', severity: 'error',
        message: `no dataPlaneRef, and neither DataPlane "default" in namespace "${ns}" nor ClusterDataPlane "default" exists`,
        hint: 'Set spec.dataPlaneRef {kind, name}.',
      }));
    }
  }
  for (const project of ownOfKind(index, 'Project')) {
    const ref = rec(rec(project.object.spec)?.type);
    const name = str(ref?.name);
    if (!ref || !name) continue;
    const kind = str(ref.kind) ?? 'ProjectType';
    const ns = index.namespaceOf(project);
    push(missingReference(index, positions, {
      ruleId: 'reference/project-type', from: project, path: ['spec', 'type', 'name'], kind, name, namespace: ns,
      consequence: 'the Project controller reports ProjectTypeNotFound',
    }, lookup(index, kind, ns, name)));
  }
  for (const typeKind of TYPE_KINDS) {
    const traitDefault = typeKind === 'ClusterComponentType' ? 'ClusterTrait' : 'Trait';
    for (const type of ownOfKind(index, typeKind)) {
      const spec = rec(type.object.spec);
      const ns = index.namespaceOf(type);
      list(spec?.traits).forEach((t, i) => {
        const name = str(rec(t)?.name);
        if (!name) return;
        const kind = str(rec(t)?.kind) ?? traitDefault;
        push(missingReference(index, positions, {
          ruleId: 'reference/type-trait', from: type, path: ['spec', 'traits', i, 'name'], kind, name, namespace: ns,
          consequence: 'every Component of this type stops with TraitNotFound',
        }, lookup(index, kind, ns, name)));
      });
      list(spec?.allowedTraits).forEach((t, i) => {
        const name = str(rec(t)?.name);
        if (!name) return;
        const kind = str(rec(t)?.kind) ?? traitDefault;
        push(missingReference(index, positions, {
          ruleId: 'reference/type-trait', from: type, path: ['spec', 'allowedTraits', i, 'name'], kind, name, namespace: ns, severity: 'warning',
          consequence: 'a Component that uses it fails with TraitNotFound',
        }, lookup(index, kind, ns, name)));
      });
      list(spec?.allowedWorkflows).forEach((w, i) => {
        const name = str(rec(w)?.name);
        if (!name) return;
        const kind = str(rec(w)?.kind) ?? 'ClusterWorkflow';
        push(missingReference(index, positions, {
          ruleId: 'reference/type-workflow', from: type, path: ['spec', 'allowedWorkflows', i, 'name'], kind, name, namespace: ns, severity: 'warning',
          consequence: 'a Component that uses it fails with WorkflowNotFound',
        }, lookup(index, kind, ns, name)));
      });
    }
  }
  return out;
}
