import { describe, it, expect } from '@jest/globals';
import path from 'node:path';
import { runCrossResourceRules } from '../../src/core/rules/cross-resource.js';
import { indexOfDir, sharedReference, summary } from './rule-harness.js';

describe('real sample repositories (read in place)', () => {
  it('sample-gitops (v1.1.6): only the two ignored `replicas` parameters (an environment config set as a parameter)', () => {
    const built = indexOfDir(path.join(sharedReference, 'sample-gitops'), '1.1');
    expect(summary(runCrossResourceRules(built.index, built.positions))).toEqual([
      'parameters/ignored-key warning namespaces/default/projects/doclet/components/nats/component.yaml:15 spec.parameters.replicas: "replicas" is not declared in the schema; it is accepted but ignored (ComponentType "message-broker" parameters schema)',
      'parameters/ignored-key warning namespaces/default/projects/doclet/components/postgres/component.yaml:15 spec.parameters.replicas: "replicas" is not declared in the schema; it is accepted but ignored (ComponentType "database" parameters schema)',
    ]);
  });

  it('samples-v1.2.3: the 35 repeated identities, four WorkflowRuns defaulting to ClusterWorkflow, one ignored parameter', () => {
    const built = indexOfDir(path.join(sharedReference, 'openchoreo', 'samples-v1.2.3'), '1.2');
    const findings = runCrossResourceRules(built.index, built.positions);
    const duplicates = findings.filter((f) => f.ruleId === 'reference/duplicate-resource');
    const identities = new Set(duplicates.map((f) => f.message.replace(/ is defined .*/, '')));
    expect(identities.size).toBe(35);
    expect(duplicates.every((f) => f.severity === 'error')).toBe(true);
    expect(summary(findings.filter((f) => f.ruleId !== 'reference/duplicate-resource'))).toEqual([
      'parameters/ignored-key warning from-image/issue-reporter-schedule-task/github-issue-reporter.yaml:22 spec.parameters.resources: "resources" is not declared in the schema; it is accepted but ignored (ClusterComponentType "scheduled-task" parameters schema)',
      'reference/owner error workflows/aws-rds-postgres/aws-rds-postgres-create.yaml:430 ClusterWorkflow "aws-rds-postgres-create" not found: the run cannot start',
      'reference/owner error workflows/aws-rds-postgres/aws-rds-postgres-delete.yaml:334 ClusterWorkflow "aws-rds-postgres-delete" not found: the run cannot start',
      'reference/owner error workflows/azure-sql-database/azure-sql-database-create.yaml:506 ClusterWorkflow "azure-sql-database-create" not found: the run cannot start',
      'reference/owner error workflows/azure-sql-database/azure-sql-database-delete.yaml:384 ClusterWorkflow "azure-sql-database-delete" not found: the run cannot start',
    ]);
  });
});
