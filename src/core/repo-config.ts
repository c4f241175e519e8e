/**
 * The repository's config file and the settings it gives when it is absent. Reading it (config.ts) is
 * separate, and loaded only when a repository has one.
 */

export const CONFIG_FILE = '.openchoreo-gitops.yaml';

/** The repository's own settings (`.openchoreo-gitops.yaml`); inputs and flags add to or override them. */
export interface RepoConfig {
  /** Globs of paths never read. */
  ignore: string[];
  /** `auto` or a release such as `1.2`. */
  openchoreoVersion: string | undefined;
  /** The `policy:` section, judged by the policy job. */
  policy: unknown;
  /** Where the config was read from ('' when absent), for positions of policy findings. */
  file: string;
}

export const EMPTY_CONFIG: RepoConfig = { ignore: [], openchoreoVersion: undefined, policy: undefined, file: '' };
