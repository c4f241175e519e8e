import type { Finding } from '../finding.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { RuleInfo } from '../rule-info.js';
import { bindingRefRules, checkBindingRefs } from './binding-refs.js';
import { checkBindingParameters } from './binding-parameters.js';
import { checkComponentRefs, componentRefRules } from './component-refs.js';
import { checkDuplicates, duplicateRules } from './duplicates.js';
import { checkFluxRefs, fluxRules } from './flux-refs.js';
import { checkKustomizePaths, kustomizeRules } from './kustomize-paths.js';
import { checkOwnerRefs, ownerRefRules } from './owner-refs.js';
import { checkComponentParameters, checkParameterSchemas, parameterRules } from './parameters.js';
import { checkPipelines, pipelineRules } from './pipelines.js';
import { checkPlatformRefs, platformRefRules } from './platform-refs.js';
import { checkReleaseSnapshots, releaseSnapshotRules } from './release-snapshot.js';
import { checkTemplateRefs, templateRefRules } from './template-refs.js';
import { checkWorkloadRefs, workloadRefRules } from './workload-refs.js';

export type CrossResourceRule = (index: RepoIndex, positions: PositionIndex) => Finding[];

/**
 * Every rule that looks across resources, in the order they run. Each only judges the repository's own
 * resources (context resources resolve references and are never reported).
 */
export const crossResourceRules: CrossResourceRule[] = [
  checkDuplicates,
  checkComponentRefs,
  checkWorkloadRefs,
  checkBindingRefs,
  checkPipelines,
  checkPlatformRefs,
  checkOwnerRefs,
  checkParameterSchemas,
  checkComponentParameters,
  checkBindingParameters,
  checkReleaseSnapshots,
  checkTemplateRefs,
  checkKustomizePaths,
  checkFluxRefs,
];

export const crossResourceRuleInfo: RuleInfo[] = [
  ...duplicateRules,
  ...componentRefRules,
  ...workloadRefRules,
  ...bindingRefRules,
  ...pipelineRules,
  ...platformRefRules,
  ...ownerRefRules,
  ...parameterRules,
  ...releaseSnapshotRules,
  ...templateRefRules,
  ...kustomizeRules,
  ...fluxRules,
];

/** Runs every cross-resource rule. */
export function runCrossResourceRules(index: RepoIndex, positions: PositionIndex): Finding[] {
  return crossResourceRules.flatMap((rule) => rule(index, positions));
}
