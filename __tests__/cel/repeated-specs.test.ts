import { describe, it, expect } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import jsyaml from 'js-yaml';
import { runValidate } from '../../src/commands/validate.js';
import { readDocuments } from '../../src/core/documents.js';
import type { Finding } from '../../src/core/finding.js';
import { PositionIndex } from '../../src/core/position.js';
import { findRelease } from '../../src/core/releases.js';
import { classify, type Resource } from '../../src/core/resource.js';
import { checkResources } from '../../src/core/validate.js';

/**
 * ComponentRelease snapshots repeat their type's spec verbatim, and the per-resource checks judge such a spec
 * once (CEL rules and template reads keyed by its text). Every release must still get every finding, at its
 * own file and line, exactly as if each were judged on its own.
 */

const release = (name: string, opts: { image?: string; badOwner?: boolean; port?: string } = {}) => `apiVersion: openchoreo.dev/v1alpha1
kind: ComponentRelease
metadata:
  name: ${name}
  namespace: default
spec:
  owner:
    projectName: ${opts.badOwner ? 7 : 'shop'}
    componentName: web
  componentType:
    kind: ComponentType
    name: deployment/web
    spec:
      workloadType: deployment
      parameters:
        openAPIV3Schema:
          type: object
          properties:
            port:
              type: integer
      resources:
        - id: other
          template:
            apiVersion: apps/v1
            kind: Deployment
            spec:
              port: \${parameters.prot}
      validations:
        - rule: \${true}
          message: old
      preRenderValidations:
        - rule: \${true}
          message: new
  componentProfile:
    parameters:
      port: ${opts.port ?? 'eighty'}
  workload:
    container:
      image: ${opts.image ?? 'nginx:1'}
`;

const tag = 'v1.2.3';

function judge(files: { path: string; text: string }[]): Finding[] {
  const docs = readDocuments(files);
  return checkResources(docs.resources, findRelease(tag)!, new PositionIndex());
}

/** The same files judged one by one from js-yaml objects (no source texts, so nothing is shared or reused). */
function judgeAlone(files: { path: string; text: string }[]): Finding[] {
  return files.flatMap((file) => {
    const doc = { file: file.path, index: 0, startLine: 1, text: file.text, value: jsyaml.load(file.text) };
    const c = classify(doc);
    if (c.type !== 'openchoreo') throw new Error('not a resource');
    return checkResources([c.resource as Resource], findRelease(tag)!, new PositionIndex());
  });
}

const shape = (findings: Finding[]) => findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`).sort();

describe('repeated snapshot specs', () => {
  const files = [
    { path: 'a/r1.yaml', text: release('web-1') },
    { path: 'b/r2.yaml', text: release('web-2', { image: 'nginx:2' }) },
    { path: 'c/r3.yaml', text: `# a comment moves every line down\n${release('web-3', { image: 'nginx:3' })}` },
    { path: 'd/r4.yaml', text: release('web-4', { badOwner: true }) },
  ];

  it('every release gets the CEL and template findings of its spec, at its own lines', () => {
    const findings = judge(files);
    for (const [file, name, offset] of [['a/r1.yaml', 'web-1', 0], ['b/r2.yaml', 'web-2', 0], ['c/r3.yaml', 'web-3', 1], ['d/r4.yaml', 'web-4', 0]] as const) {
      const own = findings.filter((f) => f.file === file);
      const cel = own.filter((f) => f.ruleId === 'cel/rule');
      expect(cel.map((f) => f.line)).toEqual([13 + offset, 13 + offset]);
      expect(cel.every((f) => f.message.includes(`"${name}" is invalid`))).toBe(true);
      expect(cel.map((f) => f.message).join('\n')).toMatch(/primary resource with id matching workloadType[\s\S]*only one of spec.validations/);
      const reads = own.filter((f) => f.ruleId === 'templates/undeclared-field');
      expect(reads.map((f) => [f.line, /parameters\.prot/.test(f.message)])).toEqual([[27 + offset, true]]);
    }
    // The one with a schema error elsewhere is judged around it, not from what the others got.
    expect(findings.some((f) => f.file === 'd/r4.yaml' && f.ruleId.startsWith('schema/'))).toBe(true);
  });

  it('gives exactly what judging each release alone from js-yaml gives', () => {
    expect(shape(judge(files))).toEqual(shape(judgeAlone(files)));
    // And again, now that every spec is known: reuse must not change anything either.
    expect(shape(judge([...files].reverse()))).toEqual(shape(judgeAlone(files)));
  });

  it('the whole validate run checks the parameters of each release against its own (repeated) schema', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ocg-repeated-'));
    try {
      files.slice(0, 3).forEach((f, i) => {
        mkdirSync(join(root, dirname(f.path)), { recursive: true });
        writeFileSync(join(root, f.path), i === 1 ? f.text.replace('port: eighty', 'port: 8080') : f.text);
      });
      const { findings } = await runValidate({ root });
      const onPort = findings.filter((f) => /port/.test(f.message) && f.ruleId.startsWith('parameters/'));
      const lineOf = (text: string) => text.split('\n').findIndex((l) => l.includes('port: eighty')) + 1;
      expect(onPort.map((f) => `${f.file}:${f.line}`).sort()).toEqual([`a/r1.yaml:${lineOf(files[0].text)}`, `c/r3.yaml:${lineOf(files[2].text)}`]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a spec that differs by one character is judged on its own', () => {
    const fixed = release('web-5').replace('- id: other', '- id: deployment').replace('${parameters.prot}', '${parameters.port}');
    const findings = judge([{ path: 'e/r5.yaml', text: fixed }, ...files]);
    const own = findings.filter((f) => f.file === 'e/r5.yaml');
    expect(own.filter((f) => f.ruleId === 'cel/rule').map((f) => f.message)).toEqual([expect.stringMatching(/only one of spec.validations/)]);
    expect(own.filter((f) => f.ruleId === 'templates/undeclared-field')).toEqual([]);
  });
});
