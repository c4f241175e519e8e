import { describe, it, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runValidate } from '../../src/commands/validate.js';
import { computeForcedNamespaces, kustomizationManifest } from '../../src/core/kustomize.js';
import { parseYamlFile } from '../../src/core/parse.js';
import { classify, type Manifest } from '../../src/core/resource.js';
import { normalizeGitUrl, sameRepository, sourceRepositoryOf } from '../../src/core/rules/flux-source.js';
import { actionsRepositoryUrl, Git, repositoryUrls } from '../../src/shell/git.js';
import { platformFiles } from './platform-fixture.js';
import { findingsOf } from './rule-cases.js';
import { dedent, summary } from './rule-harness.js';

const gitRepository = (name: string, url: string) => `
  apiVersion: source.toolkit.fluxcd.io/v1
  kind: GitRepository
  metadata: {name: ${name}, namespace: flux-system}
  spec: {url: ${url}}
`;
const kustomization = (name: string, path: string, source: string, extra = '') => `
  apiVersion: kustomize.toolkit.fluxcd.io/v1
  kind: Kustomization
  metadata: {name: ${name}, namespace: flux-system}
  spec:
    path: ${path}
    sourceRef: {kind: GitRepository, name: ${source}}${extra}
`;

const fluxFindings = (files: Record<string, string>, options?: Parameters<typeof findingsOf>[1]) =>
  summary(findingsOf(files, options).filter((f) => f.ruleId.startsWith('flux/')));

describe('Git URL normalisation', () => {
  it.each([
    ['https://github.com/Acme/Platform.git', 'github.com/acme/platform'],
    ['https://github.com/acme/platform/', 'github.com/acme/platform'],
    ['ssh://git@github.com/acme/platform.git', 'github.com/acme/platform'],
    ['ssh://git@GitHub.com:22/acme/platform', 'github.com/acme/platform'],
    ['git@github.com:acme/platform.git', 'github.com/acme/platform'],
    ['https://x-access-token:abc@github.com/acme/platform', 'github.com/acme/platform'],
    ['https://GitLab.Example.com/Group/Sub/Repo.git/', 'gitlab.example.com/Group/Sub/Repo'],
    ['/srv/git/platform/', '/srv/git/platform'],
  ])('%s → %s', (url, expected) => {
    expect(normalizeGitUrl(url)).toBe(expected);
  });

  it('compares by repository, keeping path case on hosts other than github.com', () => {
    expect(sameRepository('git@github.com:acme/platform.git', 'https://github.com/ACME/platform')).toBe(true);
    expect(sameRepository('https://github.com/acme/platform', 'https://github.com/acme/platform-apps')).toBe(false);
    expect(sameRepository('https://git.example.com/Acme/p', 'https://git.example.com/acme/p')).toBe(false);
  });
});

describe('Flux sources in other repositories', () => {
  const files = () => ({
    ...platformFiles(),
    'flux/sources.yaml': [gitRepository('platform', 'ssh://git@github.com/acme/platform.git'), gitRepository('apps', 'https://github.com/acme/apps')].map(dedent).join('---\n'),
    'flux/platform.yaml': kustomization('platform', './platform', 'platform'),
    'flux/apps.yaml': kustomization('apps', './projects', 'apps'),
  });

  it('without this repository\'s URL, every path is judged (a warning, as Flux reads several repositories)', () => {
    expect(fluxFindings(files())).toEqual([
      'flux/missing-path warning flux/apps.yaml:5 spec.path "./projects" is not a directory of this repository: reconciliation fails',
    ]);
  });

  it('a path of another repository\'s source is not judged; one of this repository is, as an error', () => {
    const own = { repositoryUrls: ['git@github.com:acme/platform.git'] };
    expect(fluxFindings(files(), own)).toEqual([]);
    const broken = { ...files(), 'flux/platform.yaml': kustomization('platform', './platfrom', 'platform') };
    expect(fluxFindings(broken, own)).toEqual([
      'flux/missing-path error flux/platform.yaml:5 spec.path "./platfrom" is not a directory of this repository: reconciliation fails',
    ]);
  });

  it('a Flux Kustomization of another repository forces no namespace on this repository\'s files', () => {
    const manifests: Manifest[] = Object.entries({
      'flux/sources.yaml': gitRepository('apps', 'https://github.com/acme/apps'),
      'flux/apps.yaml': kustomization('apps', './apps', 'apps', '\n    targetNamespace: team-a'),
    }).flatMap(([path, text]) => parseYamlFile({ path, text: dedent(text) }).documents.flatMap((doc) => {
      const c = classify(doc);
      return c.type === 'kubernetes' ? [c.manifest] : kustomizationManifest(doc) ? [kustomizationManifest(doc)!] : [];
    }));
    const paths = ['flux/sources.yaml', 'flux/apps.yaml', 'apps/component.yaml'];
    const repositoryOf = sourceRepositoryOf(['https://github.com/acme/platform'], manifests);
    expect(computeForcedNamespaces(manifests, paths)('apps/component.yaml')).toBe('team-a');
    expect(computeForcedNamespaces(manifests, paths, { readsOtherRepository: (k) => repositoryOf(k) === 'other' })('apps/component.yaml')).toBeUndefined();
    expect(sourceRepositoryOf(['https://github.com/acme/apps.git'], manifests)(manifests[1])).toBe('this');
    expect(sourceRepositoryOf([], manifests)(manifests[1])).toBe('unknown');
  });
});

describe('context repositories contribute Flux names', () => {
  const app = () => ({
    ...platformFiles(),
    'flux/source.yaml': gitRepository('apps', 'https://github.com/acme/apps'),
    'flux/apps.yaml': kustomization('apps', './apps', 'apps', '\n    dependsOn: [{name: platform-infra}]'),
  });
  const platformRepo = {
    'flux/platform.yaml': `${dedent(gitRepository('platform', 'https://github.com/acme/platform'))}---\n${dedent(kustomization('platform-infra', './infra', 'platform', '\n    dependsOn: [{name: nowhere}]'))}`,
  };

  it('dependsOn naming a Kustomization of the platform repository resolves (and the context is never reported)', () => {
    expect(fluxFindings(app())).toEqual([
      'flux/depends-on warning flux/apps.yaml:7 Kustomization "platform-infra" (namespace "flux-system") is not defined: this Kustomization waits for it forever',
    ]);
    expect(findingsOf(app()).find((f) => f.ruleId === 'flux/depends-on')?.hint).toBe('If another repository defines it, pass that repository as context (--context DIR).');
    expect(fluxFindings(app(), { context: platformRepo })).toEqual([]);
  });

  it('a sourceRef to a GitRepository of the context resolves', () => {
    const files = { ...app(), 'flux/apps.yaml': kustomization('apps', './apps', 'platform') };
    expect(fluxFindings(files)).toEqual(['flux/source-not-found error flux/apps.yaml:6 GitRepository "platform" not found in namespace "flux-system"']);
    expect(fluxFindings(files, { context: platformRepo })).toEqual([]);
  });
});

describe('this repository\'s URL from git and the Actions environment', () => {
  const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });

  it('reads origin; without it, falls back to GITHUB_SERVER_URL/GITHUB_REPOSITORY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'remote-url-'));
    try {
      git(dir, 'init', '-q');
      const repo = Git.at(dir);
      const env = { GITHUB_REPOSITORY: 'acme/platform', GITHUB_SERVER_URL: 'https://ghe.example.com/' };
      expect(await repo.remoteUrl()).toBeUndefined();
      expect(await repositoryUrls(repo, true, env)).toEqual(['https://ghe.example.com/acme/platform']);
      git(dir, 'remote', 'add', 'origin', 'git@github.com:acme/apps.git');
      expect(await repo.remoteUrl()).toBe('git@github.com:acme/apps.git');
      expect(await repositoryUrls(repo, true, env)).toEqual(['git@github.com:acme/apps.git']);
      expect(await repositoryUrls(repo, false, {})).toEqual([]);
      await expect(repo.remoteUrl('--upload-pack=x')).rejects.toThrow('invalid remote name');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GITHUB_REPOSITORY alone means github.com; malformed values are ignored', () => {
    expect(actionsRepositoryUrl({ GITHUB_REPOSITORY: 'acme/platform' })).toBe('https://github.com/acme/platform');
    expect(actionsRepositoryUrl({ GITHUB_REPOSITORY: 'not a repo' })).toBeUndefined();
    expect(actionsRepositoryUrl({})).toBeUndefined();
  });
});

describe('validate: context Flux manifests and the own remote, end to end', () => {
  function writeTree(root: string, files: Record<string, string>): void {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), dedent(text));
    }
  }

  it('a platform-defined dependency resolves and a path in the platform repository is not judged here', async () => {
    const base = mkdtempSync(join(tmpdir(), 'flux-context-'));
    try {
      const appDir = join(base, 'apps');
      const platformDir = join(base, 'platform');
      writeTree(appDir, {
        'flux/source.yaml': gitRepository('apps', 'https://github.com/acme/apps'),
        'flux/apps.yaml': kustomization('apps', './projects', 'apps', '\n    dependsOn: [{name: platform-infra}]'),
        'flux/platform-view.yaml': `${dedent(gitRepository('platform', 'https://github.com/acme/platform'))}---\n${dedent(kustomization('platform-types', './component-types', 'platform'))}`,
        'projects/readme.yaml': 'note: placeholder\n',
      });
      writeTree(platformDir, { 'flux/infra.yaml': kustomization('platform-infra', './infra', 'platform', '\n    dependsOn: [{name: nowhere}]') });
      execFileSync('git', ['init', '-q'], { cwd: appDir });
      const flux = (findings: { ruleId: string }[]) => findings.filter((f) => f.ruleId.startsWith('flux/')).map((f) => f.ruleId).sort();

      // Without a remote the Actions environment would name the repository: keep this run independent of it.
      const saved = process.env.GITHUB_REPOSITORY;
      delete process.env.GITHUB_REPOSITORY;
      try {
        expect(flux((await runValidate({ root: appDir })).findings)).toEqual(['flux/depends-on', 'flux/missing-path']);
      } finally {
        if (saved !== undefined) process.env.GITHUB_REPOSITORY = saved;
      }
      execFileSync('git', ['remote', 'add', 'origin', 'https://github.com/acme/apps.git'], { cwd: appDir });
      expect(flux((await runValidate({ root: appDir, context: [platformDir] })).findings)).toEqual([]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
