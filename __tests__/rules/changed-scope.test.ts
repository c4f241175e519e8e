import { describe, it, expect } from '@jest/globals';
import { filterToChangedScope } from '../../src/core/changed-scope.js';
import { runCrossResourceRules } from '../../src/core/rules/cross-resource.js';
import { indexOf } from './rule-harness.js';

const platform = {
  'platform/pipeline.yaml': `
    apiVersion: openchoreo.dev/v1alpha1
    kind: DeploymentPipeline
    metadata: {name: standard, namespace: default}
    spec:
      promotionPaths:
        - sourceEnvironmentRef: {name: dev}
          targetEnvironmentRefs: [{name: prod}]
  `,
  'platform/envs.yaml': `
    apiVersion: openchoreo.dev/v1alpha1
    kind: Environment
    metadata: {name: dev, namespace: default}
    spec: {}
    ---
    apiVersion: openchoreo.dev/v1alpha1
    kind: Environment
    metadata: {name: prod, namespace: default}
    spec: {}
  `,
};
const app = {
  'apps/project.yaml': `
    apiVersion: openchoreo.dev/v1alpha1
    kind: Project
    metadata: {name: shop, namespace: default}
    spec:
      deploymentPipelineRef: {name: standard}
  `,
  'apps/binding.yaml': `
    apiVersion: openchoreo.dev/v1alpha1
    kind: ReleaseBinding
    metadata: {name: api-prod, namespace: default}
    spec:
      owner: {projectName: shop, componentName: api}
      environment: prod
  `,
  'apps/old-binding.yaml': `
    apiVersion: openchoreo.dev/v1alpha1
    kind: ReleaseBinding
    metadata: {name: web-qa, namespace: default}
    spec:
      owner: {projectName: shop, componentName: web}
      environment: qa
  `,
};

function findings(files: Record<string, string>) {
  const built = indexOf(files);
  return runCrossResourceRules(built.index, built.positions);
}

describe('filterToChangedScope', () => {
  const baseFindings = findings({ ...platform, ...app });
  // The PR deletes Environment prod (the pipeline file is edited too) and touches nothing under apps/.
  const headFiles = {
    ...app,
    'platform/pipeline.yaml': platform['platform/pipeline.yaml'].replace('[{name: prod}]', '[{name: dev2}]'),
    'platform/envs.yaml': platform['platform/envs.yaml'].split('---')[0],
  };
  const headFindings = findings(headFiles);

  it('keeps a finding an untouched file got because a referenced resource was deleted', () => {
    const kept = filterToChangedScope({ head: headFindings, base: baseFindings, changedFiles: ['platform/envs.yaml', 'platform/pipeline.yaml'] });
    const files = kept.map((f) => `${f.ruleId} ${f.file}`);
    expect(files).toContain('reference/binding-environment apps/binding.yaml');
    expect(files).toContain('pipeline/unknown-environment platform/pipeline.yaml');
  });

  it('drops findings that already existed in untouched files', () => {
    expect(headFindings.some((f) => f.file === 'apps/old-binding.yaml')).toBe(true);
    const kept = filterToChangedScope({ head: headFindings, base: baseFindings, changedFiles: ['platform/envs.yaml', 'platform/pipeline.yaml'] });
    expect(kept.some((f) => f.file === 'apps/old-binding.yaml')).toBe(false);
  });

  it('without a base keeps exactly the changed files', () => {
    const kept = filterToChangedScope({ head: headFindings, changedFiles: ['apps/old-binding.yaml'] });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((f) => f.file === 'apps/old-binding.yaml')).toBe(true);
  });
});
