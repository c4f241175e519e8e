/** GitHub JSON for git data: refs, commits, trees, blobs, contents, branches. */
import type { CommitData, RefEntry, TreeEntry } from './bare-repo.js';
import { nodeId, repoApi, repoWeb, type Site } from './site.js';

/** `git-ref` */
export function refJson(site: Site, entry: RefEntry): Record<string, unknown> {
  const kind = entry.type === 'tag' ? 'tags' : entry.type === 'tree' ? 'trees' : entry.type === 'blob' ? 'blobs' : 'commits';
  return {
    ref: entry.ref,
    node_id: nodeId('Ref', entry.ref),
    url: `${repoApi(site)}/git/${entry.ref}`,
    object: { type: entry.type, sha: entry.sha, url: `${repoApi(site)}/git/${kind}/${entry.sha}` },
  };
}

const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** `git-commit` */
export function gitCommitJson(site: Site, commit: CommitData): Record<string, unknown> {
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${repoApi(site)}/git/commits/${commit.sha}`,
    html_url: `${repoWeb(site)}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${repoApi(site)}/git/trees/${commit.tree}` },
    parents: commit.parents.map((sha) => ({ sha, url: `${repoApi(site)}/git/commits/${sha}`, html_url: `${repoWeb(site)}/commit/${sha}` })),
    verification: UNSIGNED,
  };
}

/** `commit` (the repository commit, as in a branch or a compare) */
export function repoCommitJson(site: Site, commit: CommitData): Record<string, unknown> {
  return {
    url: `${repoApi(site)}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    html_url: `${repoWeb(site)}/commit/${commit.sha}`,
    comments_url: `${repoApi(site)}/commits/${commit.sha}/comments`,
    commit: {
      url: `${repoApi(site)}/git/commits/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${repoApi(site)}/git/trees/${commit.tree}` },
      verification: UNSIGNED,
    },
    author: null,
    committer: null,
    parents: commit.parents.map((sha) => ({ sha, url: `${repoApi(site)}/commits/${sha}`, html_url: `${repoWeb(site)}/commit/${sha}` })),
  };
}

/** `git-tree` */
export function treeJson(site: Site, sha: string, entries: TreeEntry[]): Record<string, unknown> {
  return {
    sha,
    url: `${repoApi(site)}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => ({
      path: e.path, mode: e.mode, type: e.type, sha: e.sha,
      ...(e.size !== undefined ? { size: e.size } : {}),
      url: `${repoApi(site)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
    })),
  };
}

/** `blob` */
export function blobJson(site: Site, sha: string, content: Buffer): Record<string, unknown> {
  return {
    sha, node_id: nodeId('Blob', sha), url: `${repoApi(site)}/git/blobs/${sha}`,
    size: content.length, content: content.toString('base64'), encoding: 'base64',
  };
}

/** The `content` part of `file-commit` and the base of `content-file`. */
export function contentEntryJson(site: Site, path: string, sha: string, size: number, ref: string): Record<string, unknown> {
  const self = `${repoApi(site)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const html = `${repoWeb(site)}/blob/${ref}/${path}`;
  const git = `${repoApi(site)}/git/blobs/${sha}`;
  return {
    type: 'file', name: path.split('/').pop(), path, sha, size,
    url: self, html_url: html, git_url: git, download_url: `${site.web}/raw/${site.owner}/${site.repo}/${ref}/${path}`,
    _links: { self, git, html },
  };
}

/** `content-file` (GET contents of a file) */
export function contentFileJson(site: Site, path: string, sha: string, content: Buffer, ref: string): Record<string, unknown> {
  return { ...contentEntryJson(site, path, sha, content.length, ref), content: content.toString('base64'), encoding: 'base64' };
}

/** `branch-with-protection` */
export function branchJson(site: Site, name: string, commit: CommitData): Record<string, unknown> {
  const url = `${repoApi(site)}/branches/${name}`;
  return {
    name,
    commit: repoCommitJson(site, commit),
    _links: { self: url, html: `${repoWeb(site)}/tree/${name}` },
    protected: false,
    protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${url}/protection`,
  };
}
