import { didYouMean } from './closest.js';
import { parseOwner } from './codeowners/owner.js';
import type { Finding } from './finding.js';
import { findingAt } from './finding-at.js';
import { globToRegExp } from './glob.js';
import { parseYamlFile, type YamlDocument } from './parse.js';
import type { PathSegment } from './path.js';
import { BINDING_KINDS, OPENCHOREO_KINDS } from './policy-kinds.js';
import { builtinRequirements, DEFAULT_POLICY, POLICY_CONFIG_RULE, type OwnershipRequirement, type PolicyConfig } from './policy-settings.js';
import { PositionIndex } from './position.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

const POLICY_KEYS = ['ownership', 'secrets'];
const OWNERSHIP_KEYS = ['defaults', 'defaultOwners', 'productionEnvironments', 'productionPattern', 'require'];
const REQUIRE_KEYS = ['name', 'kinds', 'names', 'namespaces', 'environments', 'production', 'owners'];
const SECRETS_KEYS = ['allow'];
const ALLOW_KEYS = ['fingerprint', 'reason'];

/**
 * Reads and checks the `policy:` section of the config file (given as text, so findings carry its lines).
 * Anything malformed becomes a finding and falls back to the default.
 */
export function parsePolicyConfig(text: string, file: string): { policy: PolicyConfig; findings: Finding[] } {
  const parsed = parseYamlFile({ path: file, text });
  const doc = parsed.documents[0];
  const root = doc && isObj(doc.value) ? doc.value : undefined;
  if (!doc || !root || root.policy === undefined || root.policy === null) return { policy: DEFAULT_POLICY, findings: [] };
  return readPolicy(doc, root.policy);
}

function readPolicy(doc: YamlDocument, value: unknown): { policy: PolicyConfig; findings: Finding[] } {
  const findings: Finding[] = [];
  const positions = new PositionIndex();
  const bad = (path: PathSegment[], message: string, hint = '') =>
    findings.push(findingAt(positions, doc, path, { ruleId: POLICY_CONFIG_RULE, severity: 'error', message, hint }));
  const unknownKeys = (obj: Obj, path: PathSegment[], known: string[]) => {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) bad([...path, key], `Unknown key "${key}" under ${path.join('.')}.`, didYouMean(key, known) || `Known keys: ${known.join(', ')}.`);
    }
  };
  const ownersAt = (v: unknown, path: PathSegment[]): string[] => {
    if (!isStringList(v)) {
      bad(path, `${path.join('.')} must be a list of owners.`, "Example: ['@acme/platform'].");
      return [];
    }
    const out: string[] = [];
    v.forEach((o, i) => {
      const p = parseOwner(o.trim());
      if (p.ok) out.push(o.trim());
      else bad([...path, i], p.message, p.hint);
    });
    return out;
  };
  const policy: PolicyConfig = { ...DEFAULT_POLICY, requirements: [], secretAllow: [] };
  if (!isObj(value)) {
    bad(['policy'], 'policy must be a mapping.', 'Write keys such as `ownership:` and `secrets:`.');
    return { policy: DEFAULT_POLICY, findings };
  }
  unknownKeys(value, ['policy'], POLICY_KEYS);
  const own = value.ownership;
  let defaults = true;
  let defaultOwners: string[] = [];
  if (own !== undefined && !isObj(own)) bad(['policy', 'ownership'], 'policy.ownership must be a mapping.');
  if (isObj(own)) {
    const base: PathSegment[] = ['policy', 'ownership'];
    unknownKeys(own, base, OWNERSHIP_KEYS);
    if (own.defaults !== undefined) {
      if (typeof own.defaults === 'boolean') defaults = own.defaults;
      else bad([...base, 'defaults'], 'policy.ownership.defaults must be true or false.');
    }
    if (own.defaultOwners !== undefined) defaultOwners = ownersAt(own.defaultOwners, [...base, 'defaultOwners']);
    if (own.productionEnvironments !== undefined) {
      if (isStringList(own.productionEnvironments)) policy.productionEnvironments = own.productionEnvironments;
      else bad([...base, 'productionEnvironments'], 'policy.ownership.productionEnvironments must be a list of Environment names.', 'Example: [production, prod-eu].');
    }
    if (own.productionPattern !== undefined) {
      try {
        if (typeof own.productionPattern !== 'string') throw new Error('not a string');
        policy.productionPattern = new RegExp(own.productionPattern);
      } catch {
        bad([...base, 'productionPattern'], 'policy.ownership.productionPattern must be a regular expression (as a string).', "Example: '^prod(-|$)'.");
      }
    }
    if (own.require !== undefined) {
      if (!Array.isArray(own.require)) bad([...base, 'require'], 'policy.ownership.require must be a list of requirements.');
      else own.require.forEach((item, i) => readRequirement(item, [...base, 'require', i]));
    }
  }
  if (defaults) policy.requirements.unshift(...builtinRequirements(defaultOwners));

  function readRequirement(item: unknown, path: PathSegment[]): void {
    if (!isObj(item)) {
      bad(path, 'Each requirement must be a mapping with at least `kinds:`.', 'Example: { kinds: [Component], namespaces: [payments], owners: [\'@acme/payments\'] }.');
      return;
    }
    unknownKeys(item, path, REQUIRE_KEYS);
    if (!isStringList(item.kinds) || item.kinds.length === 0) {
      bad([...path, 'kinds'], 'A requirement needs `kinds:`, a non-empty list of OpenChoreo kinds (or `*`).');
      return;
    }
    item.kinds.forEach((k, j) => {
      if (k !== '*' && !OPENCHOREO_KINDS.includes(k)) bad([...path, 'kinds', j], `"${k}" is not an OpenChoreo kind.`, didYouMean(k, OPENCHOREO_KINDS));
    });
    const req: OwnershipRequirement = {
      name: typeof item.name === 'string' && item.name.trim() ? item.name.trim() : `requirement ${Number(path[path.length - 1]) + 1}`,
      kinds: item.kinds,
      production: false,
      owners: [],
      builtin: false,
    };
    if (item.name !== undefined && typeof item.name !== 'string') bad([...path, 'name'], 'name must be a string.');
    if (item.names !== undefined) {
      if (isStringList(item.names)) req.names = item.names.map(globToRegExp);
      else bad([...path, 'names'], 'names must be a list of metadata.name globs.');
    }
    for (const key of ['namespaces', 'environments'] as const) {
      if (item[key] === undefined) continue;
      if (isStringList(item[key])) req[key] = item[key] as string[];
      else bad([...path, key], `${key} must be a list of names.`);
    }
    if (item.production !== undefined) {
      if (typeof item.production === 'boolean') req.production = item.production;
      else bad([...path, 'production'], 'production must be true or false.');
    }
    if ((req.environments || req.production) && !req.kinds.some((k) => k === '*' || BINDING_KINDS.includes(k))) {
      bad([...path, req.environments ? 'environments' : 'production'], `Environment selectors only apply to ${BINDING_KINDS.join(', ')}; this requirement matches no resource.`);
    }
    if (item.owners !== undefined) req.owners = ownersAt(item.owners, [...path, 'owners']);
    policy.requirements.push(req);
  }

  const secrets = value.secrets;
  if (secrets !== undefined && !isObj(secrets)) bad(['policy', 'secrets'], 'policy.secrets must be a mapping.');
  if (isObj(secrets)) {
    unknownKeys(secrets, ['policy', 'secrets'], SECRETS_KEYS);
    const allow = secrets.allow;
    if (allow !== undefined && !Array.isArray(allow)) bad(['policy', 'secrets', 'allow'], 'policy.secrets.allow must be a list.');
    if (Array.isArray(allow)) {
      allow.forEach((entry, i) => {
        const path: PathSegment[] = ['policy', 'secrets', 'allow', i];
        if (!isObj(entry)) return void bad(path, 'Each allow entry is a mapping with `fingerprint:` and `reason:`.');
        unknownKeys(entry, path, ALLOW_KEYS);
        const fingerprint = typeof entry.fingerprint === 'string' ? entry.fingerprint.trim() : '';
        const reason = typeof entry.reason === 'string' ? entry.reason.trim() : '';
        if (!fingerprint) return void bad(path, 'An allow entry needs the finding\'s `fingerprint:` (printed with the finding).');
        if (!reason) return void bad(path, 'An allow entry needs a `reason:` saying why the value may stay in Git.');
        const line = positions.locate(doc, path).line;
        policy.secretAllow.push({ fingerprint, reason, file: doc.file, line });
      });
    }
  }
  return { policy, findings };
}
