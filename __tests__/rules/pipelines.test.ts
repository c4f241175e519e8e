import { describe, it } from '@jest/globals';
import { edit } from './platform-fixture.js';
import { expectCase, type RuleCase } from './rule-cases.js';

const P = 'platform/pipeline.yaml';
const env = (name: string) => `apiVersion: openchoreo.dev/v1alpha1\nkind: Environment\nmetadata: {name: ${name}, namespace: default}\nspec: {}\n`;

const cases: RuleCase[] = [
  {
    name: 'promotion target names no Environment', files: (b) => edit(b, P, '- name: production', '- name: producton'),
    ruleId: 'pipeline/unknown-environment', severity: 'error', file: P, line: 11, message: 'Environment "producton" not found', hint: 'Did you mean "production"?',
  },
  {
    name: 'no promotion paths', files: (b) => ({ ...b, [P]: b[P].replace(/promotionPaths:[\s\S]*/, 'promotionPaths: []\n') }),
    ruleId: 'pipeline/no-promotion-paths', severity: 'error', file: P, line: 5,
  },
  {
    name: 'every source is also a target', files: (b) => edit(b, P, '- name: production', '- name: development'),
    ruleId: 'pipeline/no-root', severity: 'error', file: P, line: 5,
  },
  {
    name: 'promotion back into an earlier stage',
    files: (b) => ({ ...b, [P]: `${b[P]}    - sourceEnvironmentRef: {name: production}\n      targetEnvironmentRefs:\n        - name: staging\n` }),
    ruleId: 'pipeline/cycle', severity: 'warning', file: P, line: 14, message: 'promotion from "production" to "staging" closes a cycle',
  },
  {
    name: 'a second root is never reached',
    files: (b) => ({ ...b, 'platform/hotfix.yaml': env('hotfix'), [P]: `${b[P]}    - sourceEnvironmentRef: {name: hotfix}\n      targetEnvironmentRefs:\n        - name: production\n` }),
    ruleId: 'pipeline/unreachable-environment', severity: 'warning', file: P, line: 12, message: 'environment "hotfix" is not reachable from the root environment "development"',
  },
  {
    name: 'project names a missing pipeline', files: (b) => edit(b, 'apps/project.yaml', '{name: standard}', '{name: standrd}'),
    ruleId: 'reference/project-pipeline', severity: 'error', file: 'apps/project.yaml', line: 5, hint: 'Did you mean "standard"?',
  },
];

describe('DeploymentPipelines', () => {
  for (const c of cases) it(c.name, () => expectCase(c));
});
