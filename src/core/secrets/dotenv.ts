import { isPlaceholder } from './placeholder.js';
import { isSecretLikeKey } from './secret-key-names.js';

/** A `KEY=value` line of a .env (or Kustomize `envs:`) file whose key is secret-like and value a literal. */
export interface EnvAssignment {
  key: string;
  value: string;
  line: number;
  column: number;
}

const assignment = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/;

/** The value as a .env loader sees it: quotes removed, an unquoted ` #comment` dropped. */
function unquote(raw: string): string {
  const q = raw[0];
  if (q === '"' || q === "'" || q === '`') {
    const close = raw.indexOf(q, 1);
    return close === -1 ? raw.slice(1) : raw.slice(1, close);
  }
  const comment = raw.search(/[ \t]#/);
  return (comment === -1 ? raw : raw.slice(0, comment)).trim();
}

/** Secret-like assignments of an env file, with 1-based lines. */
export function findEnvSecrets(text: string): EnvAssignment[] {
  const found: EnvAssignment[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    const m = assignment.exec(line);
    if (!m || !isSecretLikeKey(m[1])) continue;
    const value = unquote(m[2]);
    if (isPlaceholder(value)) continue;
    found.push({ key: m[1], value, line: i + 1, column: line.indexOf(m[1]) + 1 });
  }
  return found;
}

/** `.env`, `.env.local`, `prod.env`; not the committed templates `.env.example`, `.env.sample`, `.env.template`. */
export function isDotenvPath(path: string): boolean {
  if (!/\.env/i.test(path)) return false;
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (!(base === '.env' || base.startsWith('.env.') || base.endsWith('.env'))) return false;
  return !/\.(example|sample|template|tmpl|dist|defaults?)$/.test(base) && !/^\.env\.(example|sample|template)/.test(base);
}
