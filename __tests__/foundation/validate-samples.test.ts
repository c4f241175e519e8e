/**
 * runValidate in process on the reference repositories, read in place from ../shared (never copied).
 */
import { beforeAll, describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runValidate, type CommandResult } from '../../src/commands/validate.js';
import { brief, lineOf, sampleGitops, samples123 } from './support.js';

describe('sample-gitops', () => {
  let result: CommandResult;
  beforeAll(async () => {
    result = await runValidate({ root: sampleGitops });
  });

  it('is judged against v1.1.6 (detected)', () => {
    expect(result.facts.release).toMatchObject({ tag: 'v1.1.6', detected: true });
  });

  it('has exactly the two ignored `replicas` parameters as findings, at the `replicas:` lines', () => {
    const files = ['namespaces/default/projects/doclet/components/nats/component.yaml', 'namespaces/default/projects/doclet/components/postgres/component.yaml'];
    const expected = files.map((file) => {
      const text = readFileSync(path.join(sampleGitops, file), 'utf8');
      const line = lineOf(text, 'replicas:');
      return `parameters/ignored-key warning ${file}:${line}:${text.split('\n')[line - 1].indexOf('replicas') + 1}`;
    });
    expect(result.findings.map(brief).sort()).toEqual(expected.sort());
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('counts files, documents and recognises 32 OpenChoreo resources of 10 kinds', () => {
    expect(result.facts).toMatchObject({ command: 'validate', files: 43, documents: 43, resources: 32 });
    expect(result.facts.kinds).toEqual({
      Component: 5, ComponentRelease: 2, ComponentType: 4, DeploymentPipeline: 1, Environment: 3, Project: 1, ReleaseBinding: 4, Trait: 3, Workflow: 4, Workload: 5,
    });
  });

  it('reports on v1.2.3 when asked: the Project lacks spec.type', async () => {
    const on12 = await runValidate({ root: sampleGitops, openchoreoVersion: '1.2' });
    expect(on12.facts.release).toMatchObject({ tag: 'v1.2.3', detected: false });
    const errors = on12.findings.filter((f) => f.severity === 'error');
    const text = readFileSync(path.join(sampleGitops, 'namespaces/default/projects/doclet/project.yaml'), 'utf8');
    expect(errors.map(brief)).toContain(`schema/required error namespaces/default/projects/doclet/project.yaml:${lineOf(text, 'spec:')}:1`);
  });
});

describe('samples-v1.2.3', () => {
  let result: CommandResult;
  beforeAll(async () => {
    result = await runValidate({ root: samples123 });
  });

  it('is judged against v1.2.3 (detected)', () => {
    expect(result.facts.release).toMatchObject({ tag: 'v1.2.3', detected: true });
  });

  it('reports only the expected kinds of findings: repeated identities, one ignored parameter, four WorkflowRuns, one empty document', () => {
    const allowed = new Set(['reference/duplicate-resource', 'parameters/ignored-key', 'reference/owner', 'yaml/empty-document']);
    expect(result.findings.filter((f) => !allowed.has(f.ruleId))).toEqual([]);
    const byRule: Record<string, number> = {};
    for (const f of result.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    expect(byRule['reference/owner']).toBe(4);
    expect(byRule['parameters/ignored-key']).toBe(1);
    expect(byRule['yaml/empty-document']).toBe(1);
    expect(byRule['reference/duplicate-resource']).toBeGreaterThanOrEqual(35);
  });

  it('every WorkflowRun finding is a run whose ClusterWorkflow is not in the samples', () => {
    const owner = result.findings.filter((f) => f.ruleId === 'reference/owner');
    for (const f of owner) {
      expect(f.file).toMatch(/^workflows\//);
      expect(f.message).toMatch(/^ClusterWorkflow ".+" not found/);
      expect(readFileSync(path.join(samples123, f.file), 'utf8').split('\n')[f.line - 1]).toMatch(/\S/);
    }
  });

  it('every finding points into an existing line of its file', () => {
    for (const f of result.findings) {
      const lines = readFileSync(path.join(samples123, f.file), 'utf8').split('\n');
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(lines.length);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('recognises resources of all 18 kinds (209 resources in 234 documents)', () => {
    expect(result.facts.kinds).toEqual({
      ClusterComponentType: 13, ClusterProjectType: 2, ClusterResourceType: 6, ClusterTrait: 5, ClusterWorkflow: 12, Component: 49,
      DeploymentPipeline: 3, Environment: 10, ObservabilityAlertsNotificationChannel: 3, Project: 7, ProjectReleaseBinding: 21,
      ReleaseBinding: 13, Resource: 3, ResourceReleaseBinding: 3, SecretReference: 3, Workflow: 4, WorkflowRun: 23, Workload: 29,
    });
    expect(result.facts).toMatchObject({ resources: 209, documents: 234 });
  });
});
