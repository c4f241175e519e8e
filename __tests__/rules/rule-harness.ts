import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/finding.js';
import { computeForcedNamespaces, kustomizationManifest } from '../../src/core/kustomize.js';
import { parseYamlFile } from '../../src/core/parse.js';
import { PositionIndex } from '../../src/core/position.js';
import { findRelease, LATEST_RELEASE, type Release } from '../../src/core/releases.js';
import { buildRepoIndex, type RepoIndex } from '../../src/core/repo-index.js';
import { classify, type Manifest, type Resource } from '../../src/core/resource.js';

export type Rule = (index: RepoIndex, positions: PositionIndex) => Finding[];

export interface Built {
  index: RepoIndex;
  positions: PositionIndex;
}

export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

function read(files: Record<string, string>, release: Release): { resources: Resource[]; manifests: Manifest[] } {
  const resources: Resource[] = [];
  const manifests: Manifest[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (!/\.ya?ml$/.test(file) && path.basename(file) !== 'Kustomization') continue;
    for (const doc of parseYamlFile({ path: file, text }).documents) {
      const c = classify(doc);
      if (c.type === 'openchoreo') {
        // What the lead's schema step does: CRD defaults applied in place by the release's validator.
        release.validators[c.resource.kind]?.(c.resource.object);
        resources.push(c.resource);
      } else if (c.type === 'kubernetes') manifests.push(c.manifest);
      else {
        const k = kustomizationManifest(doc);
        if (k) manifests.push(k);
      }
    }
  }
  return { resources, manifests };
}

/** Builds a RepoIndex from in-memory files (text is dedented, so fixtures can be indented template literals). */
export function indexOf(
  files: Record<string, string>,
  options: { release?: string; context?: Record<string, string>; extraPaths?: string[]; repositoryUrls?: string[] } = {},
): Built {
  const release = options.release ? findRelease(options.release)! : LATEST_RELEASE;
  const clean = Object.fromEntries(Object.entries(files).map(([f, t]) => [f, dedent(t)]));
  const own = read(clean, release);
  const context = options.context ? read(Object.fromEntries(Object.entries(options.context).map(([f, t]) => [f, dedent(t)])), release) : undefined;
  const filePaths = [...Object.keys(clean), ...(options.extraPaths ?? [])];
  const index = buildRepoIndex({
    release,
    resources: own.resources,
    context: context?.resources,
    manifests: own.manifests,
    filePaths,
    forcedNamespace: computeForcedNamespaces(own.manifests, filePaths),
    contextManifests: context?.manifests,
    repositoryUrls: options.repositoryUrls,
  });
  return { index, positions: new PositionIndex() };
}

function walk(dir: string, root: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    if (name === '.git') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, root, out);
    else out.push(path.relative(root, full).split(path.sep).join('/'));
  }
}

/** Reads a real tree in place (never copied into the repository). */
export function indexOfDir(dir: string, release: string): Built {
  const paths: string[] = [];
  walk(dir, dir, paths);
  const files: Record<string, string> = {};
  for (const p of paths) files[p] = /\.ya?ml$/.test(p) ? readFileSync(path.join(dir, p), 'utf8') : '';
  const rel = findRelease(release)!;
  const own = read(files, rel);
  const index = buildRepoIndex({
    release: rel,
    resources: own.resources,
    manifests: own.manifests,
    filePaths: paths,
    forcedNamespace: computeForcedNamespaces(own.manifests, paths),
  });
  return { index, positions: new PositionIndex() };
}

export function run(rule: Rule, built: Built): Finding[] {
  return rule(built.index, built.positions);
}

/** `ruleId severity file:line message` lines, sorted — compact to assert on. */
export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.line} ${f.message}`).sort();
}

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const sharedReference = path.resolve(repoRoot, '..', 'shared', 'reference');
