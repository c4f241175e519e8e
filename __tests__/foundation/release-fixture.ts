/** Releases with their schema validators loaded, and resources built from inline YAML (as the pipeline builds them). */
import * as releases from '../../src/core/releases.js';
import type { Release } from '../../src/core/releases.js';
import { parseYamlFile } from '../../src/core/parse.js';
import { classify, type Resource } from '../../src/core/resource.js';

/** The release `minor` (e.g. `1.2`) with its validators loaded, whether they load eagerly or on demand. */
export async function loadedRelease(minor: string): Promise<Release> {
  const release = releases.findRelease(minor);
  if (!release) throw new Error(`no release ${minor}`);
  const load = (releases as unknown as { loadValidators?: (r: Release) => Promise<Release> }).loadValidators;
  return load ? load(release) : release;
}

/** The OpenChoreo resources of a YAML text, in order. */
export function resourcesOf(text: string, file = 'r.yaml'): Resource[] {
  const parsed = parseYamlFile({ path: file, text });
  if (parsed.findings.length) throw new Error(`fixture YAML has findings: ${parsed.findings.map((f) => f.message).join('; ')}`);
  return parsed.documents.flatMap((doc) => {
    const c = classify(doc);
    return c.type === 'openchoreo' ? [c.resource] : [];
  });
}

export function resourceOf(text: string, file = 'r.yaml'): Resource {
  const [r] = resourcesOf(text, file);
  if (!r) throw new Error('fixture YAML holds no OpenChoreo resource');
  return r;
}
