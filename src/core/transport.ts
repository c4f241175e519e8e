import type { Resource } from './resource.js';

/**
 * The parts of a ComponentRelease snapshot that no cross-resource rule reads: rendered templates of the type
 * and traits. They are most of a snapshot's bytes, so they are left behind when resources move between threads.
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

/** True for a resource whose object was slimmed for transport (see slimForTransport). */
export function isSlimmed(resource: Resource): boolean {
  return resource.kind === 'ComponentRelease';
}
