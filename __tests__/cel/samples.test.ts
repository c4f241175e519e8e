import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import type { AjvError } from '../../src/core/crd.js';
import { findRelease } from '../../src/core/releases.js';
import { pointerToPath } from '../../src/core/path.js';
import { compileKindRules } from '../../src/core/cel/compile.js';
import { evaluateRules } from '../../src/core/cel/evaluate.js';
import { skipAroundErrors } from '../../src/core/cel/skip.js';
import { yamlFiles } from '../support/yaml-files.js';

/** Real sample repositories, read in place (never copied into this repository). */
const REFERENCE = join(process.cwd(), '..', 'shared', 'reference');


function openchoreoObjects(dir: string): Record<string, any>[] {
  return yamlFiles(dir)
    .flatMap((file) => jsyaml.loadAll(readFileSync(file, 'utf8')))
    .filter((doc): doc is Record<string, any> => typeof doc === 'object' && doc !== null && String((doc as any).apiVersion).startsWith('openchoreo.dev/'));
}

/** Defaults + schema check as the pipeline does it; returns the schema error paths. */
function prepare(tag: string, object: Record<string, any>): (string | number)[][] {
  const validate = findRelease(tag)!.validators[object.kind];
  validate(object);
  return ((validate.errors ?? []) as AjvError[]).map((e) => pointerToPath(e.instancePath));
}

describe.each([
  ['samples-v1.2.3', join(REFERENCE, 'openchoreo', 'samples-v1.2.3'), '1.2'],
  ['sample-gitops', join(REFERENCE, 'sample-gitops'), '1.1'],
])('%s', (_name, dir, tag) => {
  const objects = openchoreoObjects(dir);
  const release = findRelease(tag)!;

  it('has objects to judge', () => {
    expect(objects.length).toBeGreaterThan(25);
  });

  it('gives no CEL violation on create, nor on an unchanged update', () => {
    const found: string[] = [];
    for (const object of objects) {
      const crd = release.crds[object.kind];
      if (!crd) continue;
      const old = structuredClone(object);
      const skip = skipAroundErrors(prepare(tag, object));
      const compiled = compileKindRules(crd);
      for (const v of [...evaluateRules(compiled, object, undefined, { skip }), ...evaluateRules(compiled, object, old, { skip })]) {
        found.push(`${object.kind}/${object.metadata?.name}: ${v.message}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('speed', () => {
  it('evaluates all rules on 6,500 ComponentRelease-sized objects quickly (and updates of a tenth of them)', () => {
    const release = findRelease('1.2')!;
    const samples = openchoreoObjects(join(REFERENCE, 'sample-gitops')).filter((o) => o.kind === 'ComponentRelease');
    expect(samples.length).toBeGreaterThan(0);
    const compiled = compileKindRules(release.crds.ComponentRelease);
    const objects = Array.from({ length: 6500 }, (_, i) => {
      const o = structuredClone(samples[i % samples.length]);
      release.validators.ComponentRelease(o);
      return o;
    });
    const olds = objects.map((o) => structuredClone(o));
    let start = performance.now();
    let count = 0;
    for (const o of objects) count += evaluateRules(compiled, o, undefined).length;
    const createMs = performance.now() - start;
    // On a PR only resources of changed base files get an old object; a tenth is generous.
    start = performance.now();
    for (let i = 0; i < objects.length; i += 10) count += evaluateRules(compiled, objects[i], olds[i]).length;
    const updateMs = performance.now() - start;
    console.log(`CEL: 6,500 ComponentReleases in ${createMs.toFixed(0)} ms (create); 650 updates against an equal old object in ${updateMs.toFixed(0)} ms`);
    expect(count).toBe(0);
    expect(createMs).toBeLessThan(4000);
    expect(updateMs).toBeLessThan(3000);
  });
});
