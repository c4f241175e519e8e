import { SECRET_RULES as R } from './secret-rules.js';

/**
 * Known credential formats, found anywhere in any text, written here from the vendors' documented token
 * shapes. Each format is reached from a *trigger*: a rare literal (`@`, `=`, `~`, `eyJ`, `AKIA`, …) or, for
 * tokens with a word prefix (`ghp_`, `glpat-`, `sk_live_`), the `_`/`-` after a known word. Finding a literal
 * with `indexOf` runs at memory speed, far faster than one regex alternation of every pattern, so the text is
 * swept once per trigger and the full shape is checked only at the few offsets found.
 */

export interface FormatMatch {
  ruleId: string;
  kind: string;
  start: number;
  end: number;
  /** The secret part (what is fingerprinted). */
  value: string;
}

/** Checks the candidate at `at`; returns the match or undefined. */
export type Check = (text: string, at: number) => FormatMatch | undefined;

/**
 * A format reached from a literal; `check` gets the literal's offset. A check reads only the line of its
 * offset (the characters before and after it up to the line breaks, or the text's ends) unless the format is
 * marked `spansLines`: then the match, or what the check looks at, may run over several lines.
 */
export interface TriggeredFormat {
  trigger: string;
  check: Check;
  spansLines?: true;
}

/** A check from a sticky regex that starts `back` characters before the anchor; `group` picks the secret. */
export function stickyCheck(ruleId: string, kind: string, source: string, group = 0, back = 0): Check {
  const re = new RegExp(source, 'y');
  return (text, at) => {
    const from = at - back;
    if (from < 0) return undefined;
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return undefined;
    const value = m[group];
    return { ruleId, kind, start: from, end: from + m[0].length, value };
  };
}

/** Private key blocks: the base64 body is the secret; a body of a few characters is a documentation stub. */
const privateKeyHeader = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----/y;
function checkPrivateKey(text: string, at: number): FormatMatch | undefined {
  privateKeyHeader.lastIndex = at;
  const head = privateKeyHeader.exec(text);
  if (!head) return undefined;
  const bodyStart = at + head[0].length;
  const endMark = text.indexOf('-----END', bodyStart);
  const bodyEnd = endMark === -1 ? Math.min(text.length, bodyStart + 8192) : endMark;
  const body = text.slice(bodyStart, bodyEnd).replace(/\\[nr]/g, '').replace(/[^A-Za-z0-9+/=]/g, '');
  if (body.length < 64 || /^(.)\1+$/.test(body.slice(0, 32))) return undefined;
  const close = endMark === -1 ? bodyEnd : text.indexOf('-----', endMark + 8);
  const end = close === -1 ? bodyEnd : close + 5;
  const kind = head[1] === 'OPENSSH ' ? 'OpenSSH private key' : head[1].startsWith('PGP') ? 'PGP private key' : 'private key';
  return { ruleId: R.privateKey, kind, start: at, end, value: body };
}

/**
 * `scheme://user:password@host`, found from its `@`: the authority runs back to `://` and forward to the
 * next `/`, `?`, `#`, quote or blank; the password is what follows the first `:` of the userinfo.
 */
const AUTHORITY_STOP = /[\s/?#"'<>`\\|]/;
function checkUrlPassword(text: string, atSign: number): FormatMatch | undefined {
  let b = atSign;
  const floor = Math.max(0, atSign - 512);
  while (b > floor && !AUTHORITY_STOP.test(text[b - 1])) b--;
  if (b < 3 || text[b - 1] !== '/' || text[b - 2] !== '/' || text[b - 3] !== ':') return undefined;
  let s = b - 3;
  while (s > 0 && /[A-Za-z0-9+.-]/.test(text[s - 1])) s--;
  if (s === b - 3 || !/[A-Za-z]/.test(text[s])) return undefined;
  let e = atSign + 1;
  const limit = Math.min(text.length, e + 512);
  while (e < limit && !AUTHORITY_STOP.test(text[e])) e++;
  const authority = text.slice(b, e);
  const last = authority.lastIndexOf('@');
  if (last === authority.length - 1) return undefined;
  const userinfo = authority.slice(0, last);
  const colon = userinfo.indexOf(':');
  if (colon === -1) return undefined;
  const password = userinfo.slice(colon + 1);
  if (password === '') return undefined;
  return { ruleId: R.connectionString, kind: 'connection-string password', start: s, end: e, value: password };
}

/** Entra ID client secrets: three characters, a digit, `Q~`, then 31–34 more. The trigger is the `~`. */
const azureClientSecret = stickyCheck(R.azureClientSecret, 'Azure AD client secret', '[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])', 0, 5);
function checkAzureClientSecret(text: string, tilde: number): FormatMatch | undefined {
  if (text[tilde - 1] !== 'Q' || (tilde >= 6 && /[A-Za-z0-9_~.-]/.test(text[tilde - 6]))) return undefined;
  return azureClientSecret(text, tilde);
}

/** A JWT: header and payload are base64url JSON (`eyJ` is `{"`); the header must name an algorithm or type. */
const jwtShape = /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/y;
function checkJwt(text: string, at: number): FormatMatch | undefined {
  if (text.charCodeAt(at) !== 101 || text.charCodeAt(at + 1) !== 121) return undefined;
  if (at > 0 && /[A-Za-z0-9_-]/.test(text[at - 1])) return undefined;
  jwtShape.lastIndex = at;
  const m = jwtShape.exec(text);
  if (!m) return undefined;
  const header = Buffer.from(m[0].slice(0, m[0].indexOf('.')), 'base64url').toString('utf8');
  if (!/"(?:alg|typ)"\s*:/.test(header)) return undefined;
  return { ruleId: R.jwt, kind: 'JSON Web Token', start: at, end: at + m[0].length, value: m[0] };
}

/** ADO.NET / ODBC style `…;Password=…;` inside a connection string naming a server or user. */
const adoPassword = /(?:[Pp]assword|PASSWORD|[Pp]wd|PWD)=([^;"'\r\n]*)/y;
function checkAdoPassword(text: string, eq: number): FormatMatch | undefined {
  const at = eq - (/(?:assword|ASSWORD)$/.test(text.slice(eq - 7, eq)) ? 8 : 3);
  if (at < 0 || (at > 0 && /[A-Za-z_]/.test(text[at - 1]))) return undefined;
  adoPassword.lastIndex = at;
  const m = adoPassword.exec(text);
  if (!m) return undefined;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(lineStart, at);
  if (!/(?:^|[;"'\s])(?:server|data source|host|user id|uid|initial catalog|database|address)=/i.test(before)) return undefined;
  return { ruleId: R.connectionString, kind: 'connection string password', start: at, end: at + m[0].length, value: m[1].trim() };
}

/** `CREATE USER … PASSWORD '…'`, `ALTER ROLE … PASSWORD '…'`, `… IDENTIFIED BY '…'`. */
const sqlPassword = /(?:PASSWORD|password|Password|IDENTIFIED BY|identified by)\s+'([^'\r\n]*)'/y;
const sqlKeywordBefore = /(?:PASSWORD|password|Password|IDENTIFIED BY|identified by)\s+$/;
function checkSqlPassword(text: string, quote: number): FormatMatch | undefined {
  const head = sqlKeywordBefore.exec(text.slice(Math.max(0, quote - 24), quote));
  if (!head) return undefined;
  const at = quote - head[0].length;
  sqlPassword.lastIndex = at;
  const m = sqlPassword.exec(text);
  if (!m) return undefined;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(lineStart, at);
  if (!/identified/i.test(m[0]) && !/\b(?:CREATE|ALTER)\s+(?:USER|ROLE)\b/i.test(before)) return undefined;
  return { ruleId: R.sqlPassword, kind: 'SQL password', start: at, end: at + m[0].length, value: m[1] };
}

const token = (ruleId: string, kind: string, source: string): Check => stickyCheck(ruleId, kind, source);
const vendor = (kind: string, source: string): Check => stickyCheck(R.vendorToken, kind, source);

const stickyAws = token(R.awsAccessKeyId, 'AWS access key id', 'A(?:KIA|SIA|BIA|CCA)[A-Z0-9]{16}(?![A-Za-z0-9])');

/** `AccountKey=…` / `SharedAccessKey=…` in an Azure connection string; the trigger is `Key=`. */
const azureKeyValue = stickyCheck(R.azureStorageKey, 'Azure account key', 'Key=([A-Za-z0-9+/]{30,}={0,2})', 1);
function checkAzureKey(text: string, at: number): FormatMatch | undefined {
  if (!text.startsWith('Account', at - 7) && !text.startsWith('SharedAccess', at - 12)) return undefined;
  return azureKeyValue(text, at);
}

/**
 * Tokens with a word prefix, by `word + separator`; the check runs at the word's start. The finder only calls
 * it when the word starts at a word boundary.
 */
export const PREFIXED_TOKENS: ReadonlyMap<string, Check[]> = new Map<string, Check[]>([
  ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'].map((p): [string, Check[]] => [p, [token(R.githubToken, 'GitHub token', `${p}[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])`)]]),
  ['github_', [token(R.githubToken, 'GitHub fine-grained token', 'github_pat_[A-Za-z0-9_]{40,240}(?![A-Za-z0-9_])')]],
  ...['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'glft-', 'glsoat-'].map((p): [string, Check[]] => [p, [token(R.gitlabToken, 'GitLab token', `${p}[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])`)]]),
  ...['xoxb-', 'xoxa-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-'].map((p): [string, Check[]] => [p, [token(R.slackToken, 'Slack token', `${p}[A-Za-z0-9-]{10,}(?![A-Za-z0-9-])`)]]),
  ['xapp-', [token(R.slackToken, 'Slack app token', 'xapp-[0-9]-[A-Za-z0-9-]{20,}(?![A-Za-z0-9-])')]],
  ['npm_', [vendor('npm token', 'npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])')]],
  ['sk-', [
    vendor('Anthropic API key', 'sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,}'),
    vendor('OpenAI API key', 'sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}'),
    vendor('OpenAI API key', 'sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}'),
  ]],
  ...['sk_', 'rk_'].map((p): [string, Check[]] => [p, [vendor('Stripe key', `${p}(?:live|test)_[A-Za-z0-9]{20,}`)]]),
  ...['shpat_', 'shpca_', 'shppa_', 'shpss_'].map((p): [string, Check[]] => [p, [vendor('Shopify token', `${p}[a-fA-F0-9]{32}`)]]),
  ['glc_', [vendor('Grafana Cloud token', 'glc_[A-Za-z0-9+/]{32,}={0,2}')]],
  ['glsa_', [vendor('Grafana service account token', 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}')]],
  ['gsk_', [vendor('Groq API key', 'gsk_[A-Za-z0-9]{48,}')]],
  ['hf_', [vendor('Hugging Face token', 'hf_[A-Za-z]{34}(?![A-Za-z0-9])')]],
  ['lin_', [vendor('Linear API key', 'lin_api_[A-Za-z0-9]{40}')]],
  ['ntn_', [vendor('Notion token', 'ntn_[A-Za-z0-9]{40,}')]],
  ['secret_', [vendor('Notion token', 'secret_[A-Za-z0-9]{43}(?![A-Za-z0-9])')]],
  ['ops_', [vendor('1Password service account token', 'ops_eyJ[A-Za-z0-9+/=_-]{100,}')]],
  ['dckr_', [vendor('Docker Hub token', 'dckr_pat_[A-Za-z0-9_-]{27,}')]],
  ['figd_', [vendor('Figma token', 'figd_[A-Za-z0-9_-]{40,}')]],
  ['tskey-', [vendor('Tailscale key', 'tskey-[a-z]+-[A-Za-z0-9]{6,}-[A-Za-z0-9]{10,}')]],
]);

/** Characters that end the word a prefixed token starts with. */
export const PREFIX_SEPARATORS = ['_', '-'] as const;

const notAfterWordChar = (check: Check): Check => (text, at) => (at > 0 && /[A-Za-z0-9_]/.test(text[at - 1]) ? undefined : check(text, at));

export const TRIGGERED_FORMATS: TriggeredFormat[] = [
  { trigger: '-----BEGIN ', check: checkPrivateKey, spansLines: true },
  { trigger: '@', check: checkUrlPassword },
  { trigger: 'hooks.slack.com/', check: token(R.slackWebhook, 'Slack webhook URL', 'hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9_/-]{20,})') },
  ...['AKIA', 'ASIA', 'ABIA', 'ACCA'].map((p) => ({
    trigger: p,
    check: (text: string, at: number) => (at > 0 && /[A-Z0-9]/.test(text[at - 1]) ? undefined : stickyAws(text, at)),
  })),
  { trigger: 'AIza', check: notAfterWordChar(token(R.gcpApiKey, 'Google API key', 'AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])')) },
  { trigger: 'Key=', check: checkAzureKey },
  { trigger: '~', check: checkAzureClientSecret },
  { trigger: 'J', check: (text, j) => (j >= 2 ? checkJwt(text, j - 2) : undefined) },
  { trigger: '=', check: checkAdoPassword },
  // `PASSWORD` and its quoted value may be on different lines.
  { trigger: "'", check: checkSqlPassword, spansLines: true },
  { trigger: 'SG.', check: notAfterWordChar(vendor('SendGrid API key', 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}')) },
  { trigger: 'hv', check: notAfterWordChar(vendor('HashiCorp Vault token', 'hv[sbr]\\.[A-Za-z0-9_-]{24,}')) },
  { trigger: 'dapi', check: notAfterWordChar(vendor('Databricks token', 'dapi[a-f0-9]{32}(?:-[0-9])?(?![A-Za-z0-9])')) },
];
