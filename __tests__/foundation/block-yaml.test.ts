import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import jsyaml from 'js-yaml';
import { blockSource, readBlockYaml } from '../../src/core/block-yaml.js';
import { parseYamlFile, splitDocuments } from '../../src/core/parse.js';
import { yamlFiles } from '../support/yaml-files.js';
import { seeded } from '../support/seeded.js';

/**
 * The fast block-YAML reader must give exactly what js-yaml gives (values, types, key order) or give up:
 * checked against js-yaml on every real corpus we have, a generated bench repository, hand-written edge
 * cases, and thousands of random mutations of real documents.
 */

const schema = jsyaml.CORE_SCHEMA.extend({ implicit: [(jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge] });
const REFERENCE = join(process.cwd(), '..', 'shared', 'reference');


const documentsOf = (files: string[]) => files.flatMap((f) => splitDocuments(readFileSync(f, 'utf8')).map((s) => s.text)).filter((t) => t.trim() !== '');

type Verdict = { kind: 'gave-up' } | { kind: 'same' } | { kind: 'differs'; detail: string };

function compare(text: string): Verdict {
  const fast = readBlockYaml(text);
  if (fast === undefined) return { kind: 'gave-up' };
  let reference: unknown;
  try {
    reference = jsyaml.load(text, { schema });
  } catch (err) {
    return { kind: 'differs', detail: `js-yaml rejects it (${(err as Error).message.split('\n')[0]}), the fast reader read ${JSON.stringify(fast).slice(0, 200)}` };
  }
  if (JSON.stringify(fast) !== JSON.stringify(reference) || !isDeepStrictEqual(fast, reference)) {
    return { kind: 'differs', detail: `fast ${JSON.stringify(fast).slice(0, 300)}\njs-yaml ${JSON.stringify(reference).slice(0, 300)}` };
  }
  return { kind: 'same' };
}

function differences(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const v = compare(text);
    if (v.kind === 'differs') out.push(`${text.slice(0, 300)}\n→ ${v.detail}`);
  }
  return out;
}

describe('block-YAML reader against js-yaml', () => {
  const corpora = {
    samples: documentsOf(yamlFiles(join(REFERENCE, 'openchoreo', 'samples-v1.2.3'))),
    sampleGitops: documentsOf(yamlFiles(join(REFERENCE, 'sample-gitops'))),
    crds: documentsOf(yamlFiles(join(REFERENCE, 'openchoreo', 'crds'))),
    examples: documentsOf(yamlFiles(join(process.cwd(), 'examples'))),
  };
  let benchDir = '';
  let bench: string[] = [];

  beforeAll(async () => {
    benchDir = mkdtempSync(join(tmpdir(), 'ocg-block-yaml-'));
    const { generateRepo } = (await import(join(process.cwd(), 'scripts', 'bench', 'generate-repo.mjs'))) as {
      generateRepo: (root: string, options: Record<string, number>) => unknown;
    };
    generateRepo(benchDir, { projects: 2, components: 4, releases: 3 });
    bench = documentsOf(yamlFiles(benchDir));
  });
  afterAll(() => rmSync(benchDir, { recursive: true, force: true }));

  it('reads every real document as js-yaml does, or leaves it to js-yaml', () => {
    for (const [name, docs] of Object.entries(corpora)) {
      expect(docs.length).toBeGreaterThan(10);
      expect({ name, differences: differences(docs) }).toEqual({ name, differences: [] });
    }
  });

  it('reads the common case itself: most sample manifests and every generated one', () => {
    const share = (docs: string[]) => docs.filter((d) => readBlockYaml(d) !== undefined).length / docs.length;
    expect(share(corpora.sampleGitops)).toBeGreaterThan(0.8);
    expect(share(corpora.samples)).toBeGreaterThan(0.75);
    expect(bench.length).toBeGreaterThan(50);
    expect(differences(bench)).toEqual([]);
    expect(share(bench)).toBe(1);
  });

  it('gives the same values as js-yaml on hand-written edge cases, or gives up', () => {
    const cases = [
      'a: 1\nb: two\nc: "x: y"\n', 'a:\n- 1\n- 2\nb: 3\n', 'a:\n  - x: 1\n    y: 2\n  - z\n', '- a\n- b: c\n  d: e\n',
      'a: |\n  line1\n\n  line2\n\n\nb: 1\n', 'a: |-\n  x\n  y\nb: 1\n', 'a: |+\n  x\n\n\nb: 1\n', 'a: |\n  x\n',
      'a: |\nb: 1\n', 'a: |\n  x\n # c\nb: 2\n', '- |\n  x\n- y\n', '- a: |\n    x\n  b: 1\n', 'k: |\n  a\n    b\n  c\n', 'k: |\n  a\n  \n  b\n',
      'a: [1, 2, "3", x y]\n', 'a: {}\nb: []\n', 'a: {x: 1, y: [a, b]}\n', 'a: [a,b]\n', 'a: [1] # c\n', "a: 'it''s'\n",
      'a: "tab\\there \\"q\\" \\\\ \\/"\n', '"k": v\n', "'k k': v\n",
      'a: 0x1F\nb: 0o17\nc: 1_000\nd: 1e3\ne: .inf\nf: -.Inf\ng: .NaN\nh: ~\ni: Null\nj: TRUE\nk: yes\nl: 012\nm: +1\nn: -0\no: 1.\n',
      'a: x #c\nb: y# not\n', 'a: #c\n  b: 1\n', 'a:\n  # c\n  b: 1\n', 'a:\n\n  b: 1\n', '  a: 1\n  b: 2\n', '---\na: 1\n', '--- # c\na: 1\n',
      'a: -b\n', 'a:    \n', 'a: 1   \n', 'a  : 1\n', 'a b: c d\n', 'a[0]: x\n', 'a: ${x.y}\n', 'a: http://x:80/y\n', 'a: é\n', 'a: "😀"\n',
      '-\n  a: 1\n', '- # c\n  a: 1\n', '-  a: 1\n   b: 2\n', 'a:\n- b\nc:\n- d\n', '- a\n-\n- b\n', 'a: x,y\n', 'a: [[1, 2], [3]]\n',
      'a: 1\n#c\n  # d\nb: 2\n', 'a:\n  b:\n    c:\n      d: 1\n  e: 2\nf: 3\n',
    ];
    const gaveUp = cases.filter((c) => compare(c).kind === 'gave-up');
    expect(differences(cases)).toEqual([]);
    // These are all inside the subset: giving up on them would only make the reader slower.
    expect(gaveUp).toEqual([]);
  });

  it('leaves to js-yaml what it does not handle, including everything js-yaml rejects', () => {
    const outside = [
      'a: 1\na: 2\n', '"a": 1\n"a": 2\n', '__proto__: 1\n', '<<: {a: 1}\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n',
      'a: >\n  x\n  y\n', 'a: "multi\n  line"\n', 'a: x\n  y\n', 'a:\n  x\n', 'a: |\n   x\n  y\n', '? a\n: b\n', '1: a\n', 'true: x\n', 'a: b: c\n', 'a: b:\n',
      'a:b\n', '- - x\n', 'a: - b\n', 'a:\n  b: 1\n c: 2\n', 'a: 1\n  b: 2\n', 'a:\tb\n', 'a: 1\r\nb: 2\r\n', 'a: "\\x41"\n', 'a: [a, ]\n',
      'a: [\n  1]\n', 'a: "x"y\n', 'a: \u0085\n', 'a: |2\n   x\n', 'a: |\n\n  x\n', 'a: @x\n', 'a: `x\n', '--- a\n', 'a: b\u0001\n',
      `${'- '.repeat(20000)}x\n`, `a: ${'['.repeat(100)}${']'.repeat(100)}\n`,
      `${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k${i}:\n`).join('')}${'  '.repeat(100)}v: 1\n`,
    ];
    expect(outside.filter((c) => readBlockYaml(c) !== undefined)).toEqual([]);
  });

  it('never disagrees with js-yaml on thousands of random mutations of real documents', () => {
    const docs = [...corpora.samples, ...corpora.sampleGitops, ...corpora.examples];
    const rnd = seeded(20261124).next;
    const pieces = [' ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '\n', '  ', '|', '|-', '|+', '>', '[', ']', '{', '}', ',', '&a ', '*a', '!', '?',
      '\\', '0x1F', '1e3', '~', 'null', 'true', '.inf', '\n- ', '\n  ', '<<: ', '__proto__: 1\n', 'key: v\n', '%', '@', '`', '\t', '\r', '\u0085',
      '  # c\n', '---\n', 'spec:\n  a: 1\n'];
    const mutate = (text: string) => {
      let t = text;
      for (let i = 1 + rnd(3); i > 0; i--) {
        const at = rnd(t.length + 1);
        const op = rnd(5);
        if (op === 0) t = t.slice(0, at) + t.slice(at + 1 + rnd(3));
        else if (op <= 2) t = t.slice(0, at) + pieces[rnd(pieces.length)] + t.slice(at);
        else {
          const lines = t.split('\n');
          const j = rnd(lines.length);
          if (op === 3) lines[j] = ' '.repeat(rnd(4)) + lines[j].trimStart();
          else lines.splice(j, 0, lines[rnd(lines.length)]);
          t = lines.join('\n');
        }
      }
      return t;
    };
    let read = 0;
    const bad: string[] = [];
    for (let i = 0; i < 15000; i++) {
      const text = mutate(docs[rnd(docs.length)]);
      const v = compare(text);
      if (v.kind === 'differs') bad.push(`${JSON.stringify(text).slice(0, 400)}\n→ ${v.detail}`);
      if (v.kind === 'same') read++;
    }
    expect(bad.slice(0, 3)).toEqual([]);
    // Enough mutated documents stay inside the subset for this to test the reader, not just its giving up.
    expect(read).toBeGreaterThan(3000);
  });
});

describe('repeated nested spec blocks', () => {
  const release = (name: string, image: string) => `apiVersion: openchoreo.dev/v1alpha1
kind: ComponentRelease
metadata:
  name: ${name}
spec:
  componentType:
    kind: ComponentType
    name: deployment/web
    spec:
      workloadType: deployment
      resources:
        - id: main
          template:
            image: \${workload.container.image}
            note: |
              kept verbatim
  workload:
    container:
      image: ${image}
`;

  it('are read once and copied: equal values, never the same objects', () => {
    const a = readBlockYaml(release('r1', 'img:1')) as any;
    const b = readBlockYaml(release('r2', 'img:2')) as any;
    expect(b).toEqual(jsyaml.load(release('r2', 'img:2')));
    expect(b.spec.componentType.spec).toEqual(a.spec.componentType.spec);
    expect(b.spec.componentType.spec).not.toBe(a.spec.componentType.spec);
    a.spec.componentType.spec.resources[0].template.image = 'changed';
    expect(b.spec.componentType.spec.resources[0].template.image).toBe('${workload.container.image}');
    expect((readBlockYaml(release('r3', 'img:3')) as any).spec.componentType.spec.resources[0].template.image).toBe('${workload.container.image}');
  });

  it('keep their source text, which identifies their value', () => {
    const a = readBlockYaml(release('r1', 'img:1')) as any;
    const b = readBlockYaml(release('r2', 'img:2')) as any;
    const text = blockSource(a.spec.componentType.spec);
    expect(text).toMatch(/^ {6}workloadType: deployment\n/);
    expect(blockSource(b.spec.componentType.spec)).toBe(text);
    expect(blockSource(a.spec)).toBeUndefined();
    expect(blockSource(jsyaml.load(release('r1', 'img:1')) as object)).toBeUndefined();
  });

  it('are not trusted blindly: a repeat in a document with a tab elsewhere still goes to js-yaml', () => {
    readBlockYaml(release('r1', 'img:1'));
    expect(readBlockYaml(release('r4', 'img:4').replace('kind: ComponentRelease', 'kind:\tComponentRelease'))).toBeUndefined();
    expect(readBlockYaml(release('r5', 'img:5').replace('kept verbatim', 'kept\tverbatim'))).toBeUndefined();
  });
});

describe('parseYamlFile with the fast reader', () => {
  it('still reports js-yaml errors at their line, and reads good documents next to them', () => {
    const parsed = parseYamlFile({ path: 'x.yaml', text: 'a: 1\n---\nb: 1\nb: 2\n---\nc: [1\n' });
    expect(parsed.documents.map((d) => d.value)).toEqual([{ a: 1 }]);
    expect(parsed.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['yaml/duplicate-key', 4],
      ['yaml/syntax', 6],
    ]);
  });
});
