import type { Finding } from '../finding.js';
import { findingAt } from '../finding-at.js';
import type { PositionIndex } from '../position.js';
import type { RepoIndex } from '../repo-index.js';
import type { RuleInfo } from '../rule-info.js';
import { pipelineGraph, type PromotionEdge } from './pipeline-graph.js';
import { lookup, missingReference, ownOfKind, rec, str } from './reference-lookup.js';

export const pipelineRules: RuleInfo[] = [
  { id: 'pipeline/unknown-environment', title: 'Promotion paths name existing Environments', description: 'Every source and target of a DeploymentPipeline must be an Environment in the same namespace; bindings to it fail with EnvironmentNotFound.' },
  { id: 'pipeline/no-promotion-paths', title: 'Pipeline has promotion paths', description: 'The Component controller rejects a project whose pipeline has no promotion paths.' },
  { id: 'pipeline/no-root', title: 'Pipeline has a root environment', description: 'Some source environment must be nobody\'s target; otherwise every Component of the project fails ("no root environment").' },
  { id: 'pipeline/cycle', title: 'Promotion paths form no cycle', description: 'A promotion cycle means an environment promotes back into an earlier stage.' },
  { id: 'pipeline/unreachable-environment', title: 'Every environment reachable from the root', description: 'Environments that the root (where autoDeploy deploys) cannot reach are never promoted to.' },
  { id: 'reference/project-pipeline', title: 'Project pipeline exists', description: 'A Project must name an existing DeploymentPipeline in its namespace (controller: DeploymentPipelineNotFound).' },
];

export function checkPipelines(index: RepoIndex, positions: PositionIndex): Finding[] {
  const out: Finding[] = [];
  for (const pipeline of ownOfKind(index, 'DeploymentPipeline')) {
    const ns = index.namespaceOf(pipeline);
    const graph = pipelineGraph(pipeline);
    if (graph.sources.length === 0) {
      const paths = rec(pipeline.object.spec)?.promotionPaths;
      out.push(findingAt(positions, pipeline.doc, paths === undefined ? ['spec'] : ['spec', 'promotionPaths'], {
        ruleId: 'pipeline/no-promotion-paths', severity: 'error',
        message: `deployment pipeline ${pipeline.name} has no promotion paths defined`,
        hint: 'Add promotionPaths with a sourceEnvironmentRef and targetEnvironmentRefs.',
      }));
      continue;
    }
    for (const ref of graph.refs) {
      const f = missingReference(index, positions, {
        ruleId: 'pipeline/unknown-environment', from: pipeline, path: ref.path, kind: ref.kind, name: ref.name, namespace: ns,
      }, lookup(index, ref.kind, ns, ref.name));
      if (f) out.push(f);
    }
    if (!graph.root) {
      out.push(findingAt(positions, pipeline.doc, ['spec', 'promotionPaths'], {
        ruleId: 'pipeline/no-root', severity: 'error',
        message: `deployment pipeline ${pipeline.name} has no root environment (all sources are also targets)`,
        hint: 'The first stage (e.g. development) must not be the target of any promotion path.',
      }));
    }
    const adjacency = new Map<string, PromotionEdge[]>();
    for (const e of graph.edges) {
      const list = adjacency.get(e.from.name);
      if (list) list.push(e);
      else adjacency.set(e.from.name, [e]);
    }
    const cycle = findCycleEdge(adjacency);
    if (cycle && graph.root) {
      out.push(findingAt(positions, pipeline.doc, cycle.to.path, {
        ruleId: 'pipeline/cycle', severity: 'warning',
        message: `promotion from "${cycle.from.name}" to "${cycle.to.name}" closes a cycle`,
        hint: 'Promotion paths should flow one way, from the first stage to production.',
      }));
    }
    if (graph.root) {
      const reached = new Set([graph.root]);
      const queue = [graph.root];
      while (queue.length) for (const e of adjacency.get(queue.pop()!) ?? []) if (!reached.has(e.to.name)) reached.add(e.to.name), queue.push(e.to.name);
      const reported = new Set<string>();
      for (const ref of graph.refs) {
        if (reached.has(ref.name) || reported.has(ref.name)) continue;
        reported.add(ref.name);
        out.push(findingAt(positions, pipeline.doc, ref.path, {
          ruleId: 'pipeline/unreachable-environment', severity: 'warning',
          message: `environment "${ref.name}" is not reachable from the root environment "${graph.root}"`,
          hint: graph.roots.includes(ref.name)
            ? `"${ref.name}" is a second root; autoDeploy only deploys to "${graph.root}". Make it a target of an earlier stage.`
            : `Add a promotion path from "${graph.root}" (or a stage after it) to "${ref.name}".`,
        }));
      }
    }
  }
  for (const project of ownOfKind(index, 'Project')) {
    const ref = rec(rec(project.object.spec)?.deploymentPipelineRef);
    const name = str(ref?.name);
    if (!ref) continue; // the CRD schema reports a missing deploymentPipelineRef
    const ns = index.namespaceOf(project);
    if (!name) {
      out.push(findingAt(positions, project.doc, ['spec', 'deploymentPipelineRef'], {
        ruleId: 'reference/project-pipeline', severity: 'error',
        message: 'deploymentPipelineRef.name is empty: the components of this project cannot deploy',
        hint: 'Name the project\'s DeploymentPipeline.',
      }));
      continue;
    }
    const kind = str(ref.kind) ?? 'DeploymentPipeline';
    const f = missingReference(index, positions, {
      ruleId: 'reference/project-pipeline', from: project, path: ['spec', 'deploymentPipelineRef', 'name'], kind, name, namespace: ns,
      consequence: 'every Component of the project stops with DeploymentPipelineNotFound',
    }, lookup(index, kind, ns, name));
    if (f) out.push(f);
  }
  return out;
}

/** An edge that closes a cycle (iterative DFS, colours: 1 on stack, 2 done). */
function findCycleEdge(adjacency: Map<string, PromotionEdge[]>): PromotionEdge | undefined {
  const colour = new Map<string, number>();
  for (const start of adjacency.keys()) {
    if (colour.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    colour.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const edges = adjacency.get(top.node) ?? [];
      if (top.next >= edges.length) {
        colour.set(top.node, 2);
        stack.pop();
        continue;
      }
      const e = edges[top.next++];
      const c = colour.get(e.to.name);
      if (c === 1) return e;
      if (c === undefined) {
        colour.set(e.to.name, 1);
        stack.push({ node: e.to.name, next: 0 });
      }
    }
  }
  return undefined;
}
