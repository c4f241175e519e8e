/** Test helper: YAML files → Resources, with CRD defaults applied as the schema check does. */
import { parseYamlFile } from '../../src/core/parse.js';
import { classify, type Resource } from '../../src/core/resource.js';
import { findRelease } from '../../src/core/releases.js';

export function resourcesOf(files: Record<string, string>, tag = '1.2'): Resource[] {
  const release = findRelease(tag)!;
  const out: Resource[] = [];
  for (const [path, text] of Object.entries(files)) {
    for (const doc of parseYamlFile({ path, text }).documents) {
      const c = classify(doc);
      if (c.type !== 'openchoreo') continue;
      release.validators[c.resource.kind]?.(c.resource.object);
      out.push(c.resource);
    }
  }
  return out;
}
