import { BINDING_KINDS, PLATFORM_KINDS } from './policy-kinds.js';
import type { RuleInfo } from './rule-info.js';

/**
 * What the policy job is told to enforce: the shapes of the `policy:` section's settings and their defaults.
 * Reading the section (policy-config.ts) is separate, and loaded only when a repository has a config file.
 */

/** Which resources must have a code owner (and, optionally, which owner). Selectors are by content, never by folder. */
export interface OwnershipRequirement {
  /** Shown in messages: the config's `name`, or the built-in requirement's. */
  name: string;
  /** Kinds it applies to; `*` for all OpenChoreo kinds. */
  kinds: string[];
  /** `metadata.name` globs; undefined = any name. */
  names?: RegExp[];
  /** `metadata.namespace` values; undefined = any namespace. */
  namespaces?: string[];
  /** `spec.environment` values (binding kinds); undefined = any environment. */
  environments?: string[];
  /** Only resources deployed to a production environment. */
  production: boolean;
  /** One of these must own the file (compared case-insensitively); [] = any owner will do. */
  owners: string[];
  builtin: boolean;
}

/** An allow-list entry for the secret scan: a finding's fingerprint and why it is acceptable. */
export interface SecretAllowEntry {
  fingerprint: string;
  reason: string;
  /** Where the entry is written, for the summary. */
  file: string;
  line: number;
}

export interface PolicyConfig {
  requirements: OwnershipRequirement[];
  /** Environment names that are production; undefined = decided by `productionPattern` and `isProduction`. */
  productionEnvironments: string[] | undefined;
  productionPattern: RegExp;
  secretAllow: SecretAllowEntry[];
}

export const POLICY_CONFIG_RULE = 'config/invalid-policy';

export const policyConfigRuleInfo: readonly RuleInfo[] = [
  {
    id: POLICY_CONFIG_RULE,
    title: 'Invalid policy section in .openchoreo-gitops.yaml',
    description: 'The policy: section of the config file has an unknown key or a value of the wrong shape; that part is ignored.',
  },
];

export function builtinRequirements(defaultOwners: string[] = []): OwnershipRequirement[] {
  return [
    { name: 'platform-level kinds', kinds: [...PLATFORM_KINDS], production: false, owners: defaultOwners, builtin: true },
    { name: 'production bindings', kinds: [...BINDING_KINDS], production: true, owners: defaultOwners, builtin: true },
  ];
}

export const DEFAULT_POLICY: PolicyConfig = {
  requirements: builtinRequirements(),
  productionEnvironments: undefined,
  productionPattern: /prod/,
  secretAllow: [],
};
