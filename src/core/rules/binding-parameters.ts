import type { Finding } from '../finding.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { Resource } from '../resource.js';
import { releaseOf, traitInstancesOf } from './binding-refs.js';
import { componentTypeOf } from './component-refs.js';
import { parameterSchemasFor, valueFindings } from './parameter-findings.js';
import { newParameterSchemas, schemaOf } from './parameters.js';
import { list, ownOfKind, rec, str } from './reference-lookup.js';

/**
 * ReleaseBinding environment configs as the render does it: defaults applied, then validated against the
 * environmentConfigs schema of the type and of each own trait instance — taken from the pinned release
 * snapshot when there is one (that is what renders), else from the live Component's type and traits.
 */
export function checkBindingParameters(index: RepoIndex, positions: PositionIndex): Finding[] {
  const schemas = parameterSchemasFor(index, newParameterSchemas);
  const out: Finding[] = [];
  for (const binding of ownOfKind(index, 'ReleaseBinding')) {
    const spec = rec(binding.object.spec);
    if (!spec) continue;
    const ns = index.namespaceOf(binding);
    const componentName = str(rec(spec.owner)?.componentName);
    const component = componentName ? index.find('Component', ns, componentName) : undefined;
    const release = releaseOf(index, binding);
    if (str(spec.releaseName) && !release) continue; // the missing release is reported; nothing to judge against
    const { typeSchema, typeOwner, traitSchema } = release ? fromRelease(release) : fromLive(index, component, ns);
    if (typeSchema) {
      valueFindings(positions, binding, schemas.check(typeSchema, spec.componentTypeEnvironmentConfigs, { defaults: true }), {
        base: ['spec', 'componentTypeEnvironmentConfigs'], schemaOwner: `${typeOwner} environmentConfigs`, severity: 'error', reportRequired: true, reportIgnored: true,
      }, out);
    }
    if (!component && !release) continue;
    const configs = rec(spec.traitEnvironmentConfigs) ?? {};
    for (const [instance, trait] of traitInstancesOf(index, binding, component).own) {
      const found = traitSchema(trait.kind, trait.name);
      if (!found) continue;
      valueFindings(positions, binding, schemas.check(found.schema, configs[instance], { defaults: true }), {
        base: ['spec', 'traitEnvironmentConfigs', instance], schemaOwner: `${found.owner} environmentConfigs (instance "${instance}")`,
        severity: 'error', reportRequired: true, reportIgnored: true,
      }, out);
    }
  }
  return out;
}

interface Schemas {
  typeSchema: unknown;
  typeOwner: string;
  traitSchema: (kind: string, name: string) => { schema: unknown; owner: string } | undefined;
}

function fromRelease(release: Resource): Schemas {
  const spec = rec(release.object.spec);
  const type = rec(spec?.componentType);
  const traits = list(spec?.traits);
  return {
    typeSchema: rec(rec(rec(type?.spec)?.environmentConfigs)?.openAPIV3Schema),
    typeOwner: `ComponentRelease "${release.name}" component type`,
    traitSchema: (kind, name) => {
      const t = traits.map(rec).find((x) => str(x?.name) === name && (str(x?.kind) ?? 'Trait') === kind);
      const schema = rec(rec(rec(t?.spec)?.environmentConfigs)?.openAPIV3Schema);
      return schema ? { schema, owner: `ComponentRelease "${release.name}" trait ${kind}:${name}` } : undefined;
    },
  };
}

function fromLive(index: RepoIndex, component: Resource | undefined, ns: string): Schemas {
  const type = component ? componentTypeOf(index, component) : undefined;
  return {
    typeSchema: schemaOf(type, 'environmentConfigs'),
    typeOwner: type ? `${type.kind} "${type.name}"` : '',
    traitSchema: (kind, name) => {
      const trait = index.find(kind, ns, name);
      const schema = schemaOf(trait, 'environmentConfigs');
      return trait && schema ? { schema, owner: `${trait.kind} "${trait.name}"` } : undefined;
    },
  };
}
