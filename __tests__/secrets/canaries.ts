import { randomBytes, randomInt } from 'node:crypto';

/** Random canary values, made fresh for every test run, in each credential shape the scanner knows. */
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function pick(alphabet: string, n: number): string {
  let out = '';
  while (out.length < n) out += alphabet[randomInt(alphabet.length)];
  // A canary must not look like a placeholder by accident (`example`, `dummy`, … inside random text).
  return /example|placeholder|change_?me|replace_?me|dummy|redacted|^your/i.test(out) ? pick(alphabet, n) : out;
}

export const alnum = (n: number) => pick(ALNUM, n);
const base64 = (n: number) => pick(ALNUM + '+/', n);
const b64url = (s: string) => Buffer.from(s).toString('base64url');

export function privateKeyLines(label = 'RSA PRIVATE KEY'): string[] {
  const body = Array.from({ length: 8 }, () => base64(64));
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`];
}

export const canary = {
  github: () => `ghp_${alnum(36)}`,
  githubFineGrained: () => `github_pat_${alnum(22)}_${alnum(59)}`,
  gitlab: () => `glpat-${alnum(20)}`,
  slackToken: () => `xoxb-${randomInt(1e11, 1e12)}-${randomInt(1e12, 1e13)}-${alnum(24)}`,
  slackWebhook: () => `https://hooks.slack.com/services/T${pick(UPPER_DIGITS, 8)}/B${pick(UPPER_DIGITS, 8)}/${alnum(24)}`,
  awsKeyId: () => `AKIA${pick(UPPER_DIGITS, 16)}`,
  awsSecret: () => base64(40),
  gcpApiKey: () => `AIza${pick(ALNUM + '_-', 35)}`,
  azureAccountKey: () => `${base64(86)}==`,
  azureClientSecret: () => `${alnum(3)}${randomInt(10)}Q~${pick(ALNUM + '_.-', 34)}`,
  jwt: () => `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${alnum(12)}","iat":${randomInt(1e9, 2e9)}}`)}.${pick(ALNUM + '_-', 43)}`,
  password: () => `${alnum(10)}${randomInt(10, 99)}`,
  npm: () => `npm_${alnum(36)}`,
  stripe: () => `sk_live_${alnum(24)}`,
  random: () => alnum(32),
  hex: () => randomBytes(20).toString('hex'),
};
