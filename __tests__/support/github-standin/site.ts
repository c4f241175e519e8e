/** Where the stand-in lives: the base URLs and repository every JSON representation links to. */
export interface Site {
  /** API base URL, e.g. http://127.0.0.1:PORT (what the product gets as GITHUB_API_URL). */
  api: string;
  /** Web base URL used for html_url fields. */
  web: string;
  owner: string;
  repo: string;
  /** file:// URL of the bare repository. */
  cloneUrl: string;
  defaultBranch: string;
}

/** Stable fake node id for an object. */
export function nodeId(kind: string, id: string | number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

export function repoApi(site: Site): string {
  return `${site.api}/repos/${site.owner}/${site.repo}`;
}

export function repoWeb(site: Site): string {
  return `${site.web}/${site.owner}/${site.repo}`;
}
