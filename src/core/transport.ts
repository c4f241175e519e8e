import type { Resource } from './resource.js';

/**
 * A resource as the cross-resource rules need it, once its own checks are done: a ComponentRelease snapshot
 * without the rendered templates of its type and traits, which no such rule reads. They are most of a
 * repository's bytes, so they are dropped as soon as the snapshot is judged (and never cross threads or
 * reach the validation cache).
 */
export function slimForTransport(resource: Resource): Record<string, any> {
  if (resource.kind !== 'ComponentRelease') return resource.object;
  const spec = resource.object.spec;
  if (spec === null || typeof spec !== 'object') return resource.object;
  const slimType = (t: any) => {
    if (t === null || typeof t !== 'object' || t.spec === null || typeof t.spec !== 'object') return t;
    const { resources, creates, patches, removes, ...rest } = t.spec;
    return { ...t, spec: rest };
  };
  return {
    ...resource.object,
    spec: {
      ...spec,
      componentType: slimType(spec.componentType),
      traits: Array.isArray(spec.traits) ? spec.traits.map(slimType) : spec.traits,
    },
  };
}

/** True for a resource whose kept object may lack parts (see slimForTransport): read its file again when they matter. */
export function isSlimmed(resource: Resource): boolean {
  return resource.kind === 'ComponentRelease';
}
